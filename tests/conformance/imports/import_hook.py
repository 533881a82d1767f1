import builtins
original = builtins.__import__
seen = []
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import ipk.a
from ipk import b
from ipk.sub import deep as d
import sys
builtins.__import__ = original
import ipk_order
print([s for s in seen if s[0] != "_io"])
print(d.DEEP)
