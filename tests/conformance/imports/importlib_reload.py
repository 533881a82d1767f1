import importlib
import ipk.counter as c
print(c.count)
c2 = importlib.reload(c)
print(c2 is c, c.count)
importlib.reload(c)
print(c.count)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)
importlib.invalidate_caches()
print("ok")
