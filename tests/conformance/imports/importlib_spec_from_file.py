import importlib.util
spec = importlib.util.spec_from_file_location("loaded_mod", "ipk_extra/extra_mod.py")
print(spec.name, spec.origin, spec.has_location, spec.parent)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__file__)
spec.loader.exec_module(mod)
print(mod.EXTRA)
import sys
print("loaded_mod" in sys.modules)
s = importlib.util.find_spec("sys")
print(s.name, s.origin, s.has_location)
