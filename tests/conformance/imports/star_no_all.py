from ipk_star.plain import *
print(sorted(n for n in globals() if not n.startswith("__")))
