class A:
    x = 1
print(A.__dict__)
class B(A):
    """doc"""
    def f(self): pass
print(list(B.__dict__))
class S:
    __slots__ = ('a',)
print(list(S.__dict__))
class E(Exception):
    pass
print(list(E.__dict__))
class M(type): pass
print(list(M.__dict__))
class L(list): pass
print(list(L.__dict__))
print(A.__dict__['__dict__'].__name__, A.__dict__['__weakref__'].__objclass__)
class C:
    def __eq__(self, o): return True
print(list(C.__dict__))
class D:
    __slots__ = ('a', '__weakref__')
print(list(D.__dict__))
class F:
    __slots__ = ('__dict__',)
print(list(F.__dict__))
class G(F): pass
print(list(G.__dict__))
import types
mp = types.MappingProxyType({"k": 1})
print(mp, repr(mp), mp["k"], len(mp), list(mp.items()))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
m = types.ModuleType("made", "the doc")
print(m.__name__, m.__doc__, sorted(vars(m)))
class Sub(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.extra = 1
s = Sub("subm")
print(s.__name__, s.extra, type(s).__name__)
class K:
    def hi(self, x):
        return ("hi", type(self).__name__, x)
bm = types.MethodType(K.hi, K())
print(bm(2), bm.__func__ is K.hi)
try:
    types.MethodType(K.hi, None)
except TypeError as e:
    print(e)
class Doc:
    "has doc"
class NoDoc(Doc):
    pass
print(Doc.__doc__, NoDoc.__doc__, "__doc__" in NoDoc.__dict__)
print(vars(Doc) == Doc.__dict__, Doc.__dict__['__weakref__'] == Doc.__dict__['__weakref__'])
