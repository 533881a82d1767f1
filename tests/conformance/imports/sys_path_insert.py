import sys
sys.path.insert(0, "ipk_extra")
import extra_mod
print(extra_mod.EXTRA)
print(extra_mod.__file__)
sys.path.remove("ipk_extra")
del sys.modules["extra_mod"]
try:
    import extra_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
