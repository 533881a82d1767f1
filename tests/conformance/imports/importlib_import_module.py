import importlib
m = importlib.import_module("ipk.sub.deep")
print(m.__name__, m.DEEP)
r = importlib.import_module(".b", "ipk")
print(r.__name__)
r2 = importlib.import_module("..a", "ipk.sub")
print(r2.__name__)
try:
    importlib.import_module(".b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("ipk.zzz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
