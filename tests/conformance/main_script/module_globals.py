import sys
names = sorted(k for k in globals() if k.startswith("__"))
print(names)
this = sys.modules[__name__]
this.injected = 42
print(injected)
print(globals() is vars(this))
print(__doc__)
