import sys
import math as m
from math import sqrt, pi as PI
print(type(sys).__name__, sys.__name__, m.__name__, sqrt(16), round(PI, 2))
print("math" in sys.modules, sys.modules["math"] is m)
print(sys.version_info[:2], sys.version_info.major, sys.maxsize == 2 ** 63 - 1)
print(sys.platform in ("linux", "darwin", "win32"), isinstance(sys.path, list))
print(sys.byteorder in ("little", "big"), sys.getrecursionlimit())
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(e)
print(__import__("math").floor(2.5))
