import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(r() is c, r == weakref.ref(c), hash(r) == hash(c), weakref.getweakrefcount(c) >= 0)
d = weakref.WeakValueDictionary()
d["a"] = c
print(d["a"] is c, len(d), "a" in d, list(d))
s = weakref.WeakSet([c])
print(c in s, len(s))
p = weakref.proxy(c)
p.x = 5
print(c.x, p.x)
f = weakref.finalize(c, print, "finalized")
print(f.alive)
f()
print(f.alive)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
