x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4, 5]
del l[0], l[1]
print(l)
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
try:
    del d['zz']
except KeyError as e:
    print("KeyError", e)
class O: pass
o = O()
o.a = 1
del o.a
try:
    del o.a
except AttributeError as e:
    print(e)
a, b = 1, 2
del (a, b)
try:
    print(a)
except NameError as e:
    print(e)
c = [1, 2]
del [c[0]]
print(c)
def f():
    y = 1
    del y
    try:
        del y
    except UnboundLocalError as e:
        print(e)
f()
try:
    del undefined_name
except NameError as e:
    print(e)
try:
    del (1).real
except AttributeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 0, None
except AssertionError as e:
    print(repr(e), e.args)
def side(tag, v):
    print("eval", tag)
    return v
class Obj:
    def __init__(self): self.v = 1
objs = [Obj()]
side("target", objs)[side("index", 0)].v += side("value", 10)
print(objs[0].v)
lst = [1, 2, 3]
side("list", lst)[side("idx", 1)] += 100
print(lst)
class Tracking:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k); return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v); self.d[k] = v
t = Tracking()
t["a"] += 5
t["a"] *= 2
print(t.d)
class Attr:
    def __getattr__(self, n):
        print("getattr", n); return 1
    def __setattr__(self, n, v):
        print("setattr", n, v); object.__setattr__(self, n, v)
at = Attr()
at.z += 1
at.z += 1
tup = (1, [2])
try:
    tup[1] += [3]
except TypeError as e:
    print(e)
print(tup)
s = "ab"
s += "c"
print(s)
m = [1]
m2 = m
m += [2]
print(m2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t2, t1)
try:
    undefined_aug += 1
except NameError as e:
    print(e)
x = [1, 2]
x[0:1] += [9, 9]
print(x)
i = 10
i **= 2; i //= 3; i %= 7; i <<= 3; i >>= 1; i |= 1; i &= 0xff; i ^= 3; i -= 1; i /= 2
print(i)
mm = [[1,2],[3,4]]
