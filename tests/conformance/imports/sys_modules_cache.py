import sys
import ipk.a as first
import ipk.a as second
print(first is second, sys.modules["ipk.a"] is first)
class Fake:
    VALUE = "fake module object"
sys.modules["fake_mod"] = Fake
import fake_mod
print(fake_mod.VALUE)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["ipk.a"]
import ipk.a as third
print(third is first)
