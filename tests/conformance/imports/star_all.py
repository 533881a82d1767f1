from ipk_star import *
print(public, Exported.__name__, sub_mod.NAME)
print(sorted(n for n in globals() if not n.startswith("__")))
