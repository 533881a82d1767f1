import copy

class A:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1

a = A()
print(a.x)
try:
    a.y
except AttributeError as e:
    print("AE", e)
try:
    a.__dict__
except AttributeError as e:
    print("AE", e)
try:
    a.z = 5
except AttributeError as e:
    print("AE", e)
print(A.x, A.y)
print(type(A.x).__name__, A.x.__name__, A.x.__objclass__.__name__)
print(repr(A.__dict__['x']))
print(A.__dict__['x'].__get__(a, A))
A.__dict__['y'].__set__(a, 7)
print(a.y)
try:
    A.__dict__['x'].__get__(3, int)
except TypeError as e:
    print("TE", e)

# conflicts
try:
    class B:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print("VE", e)

class S:
    __slots__ = 'only'
s = S()
s.only = 3
print(s.only, S.__slots__)

class L:
    __slots__ = ['a', 'b']
l = L(); l.a = 1; l.b = 2
print(l.a, l.b)

class D:
    __slots__ = {'p': 'doc of p', 'q': None}
print(D.p.__doc__, D.q.__doc__)
d = D(); d.p = 9; print(d.p)

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2
print(w.__dict__, w.a)

class WithWeak:
    __slots__ = ('a', '__weakref__')
ww = WithWeak()
import weakref
r = weakref.ref(ww)
print(r() is ww)
try:
    weakref.ref(a)
except TypeError as e:
    print("TE", e)

class Sub(A):
    pass
sb = Sub(); sb.z = 3
print(sb.__dict__, sb.x)

class Sub2(A):
    __slots__ = ('z',)
s2 = Sub2(); s2.z = 4; s2.y = 5
print(s2.x, s2.y, s2.z)
try:
    s2.__dict__
except AttributeError as e:
    print("AE", e)

try:
    class X:
        __slots__ = ('a',)
    class Y:
        __slots__ = ('b',)
    class Z(X, Y):
        pass
except TypeError as e:
    print("TE", e)

class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class E3(E1, E2):
    __slots__ = ('k',)
print(E3().__class__.__name__)

try:
    class Bad:
        __slots__ = ('a', 'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad2:
        __slots__ = ('1a',)
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad3:
        __slots__ = ('__dict__', '__dict__')
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad4:
        __slots__ = (1,)
except Exception as e:
    print(type(e).__name__, e)

class P:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a; self.b = b
p = P(1, [2])
c = copy.copy(p)
print(c.a, c.b, c.b is p.b)
dc = copy.deepcopy(p)
print(dc.a, dc.b, dc.b is p.b)
print(p.__getstate__())
q = P.__new__(P); q.a = 1
print(q.__getstate__())

class PD:
    __slots__ = ('a', '__dict__')
pd = PD(); pd.a = 1; pd.z = 2
print(pd.__getstate__())
c2 = copy.copy(pd)
print(c2.a, c2.z)

del p.a
try:
    del p.a
except AttributeError as e:
    print("AE", e)
print(hasattr(p, 'a'), getattr(p, 'a', 'dflt'))

class M:
    __slots__ = ('__private',)
    def __init__(self): self.__private = 1
    def get(self): return self.__private
print(M().get(), [k for k in M.__dict__ if 'private' in k])
print(sorted(k for k in vars(A) if not k.startswith('__') or k == '__slots__'))
class IntS(int):
    __slots__ = ()
print(IntS(5) + 1)
try:
    class TS(tuple):
        __slots__ = ('x',)
except TypeError as e:
    print("TE", e)
class IS(int):
    pass
try:
    class IS2(int):
        __slots__ = ('x',)
except TypeError as e:
    print("TE", e)
