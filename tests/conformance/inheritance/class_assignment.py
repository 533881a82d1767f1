class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A):
    pass
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print("TE", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TE", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TE", e)
try:
    [].__class__ = tuple
except TypeError as e:
    print("TE", e)
class MyList(list): pass
class MyList2(list): pass
ml = MyList([1, 2])
ml.__class__ = MyList2
print(type(ml).__name__, ml)
try:
    ml.__class__ = A
except TypeError as e:
    print("TE", e)
class SA:
    __slots__ = ('x',)
class SB:
    __slots__ = ('x',)
class SC:
    __slots__ = ('y', 'z')
sa = SA(); sa.x = 1
sa.__class__ = SB
print(type(sa).__name__, sa.x)
try:
    sa.__class__ = SC
except TypeError as e:
    print("TE", e)
try:
    sa.__class__ = A
except TypeError as e:
    print("TE", e)
try:
    del a.__class__
except TypeError as e:
    print("TE", e)
c = C()
print(c.who())
C.__bases__ = (B,)
print(c.who(), C.__mro__, C.__bases__, C.__base__)
print(A.__subclasses__(), B.__subclasses__())
class D(C): pass
print(D.__mro__)
C.__bases__ = (A, B)
print(D.__mro__, D().who())
try:
    C.__bases__ = ()
except TypeError as e:
    print("TE", e)
try:
    C.__bases__ = [A]
except TypeError as e:
    print("TE", e)
try:
    C.__bases__ = (1,)
except TypeError as e:
    print("TE", e)
try:
    C.__bases__ = (D,)
except TypeError as e:
    print("TE", e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print("TE", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TE", e)
try:
    del C.__bases__
except TypeError as e:
    print("TE", e)
class X: pass
class Y(X): pass
try:
    C.__bases__ = (X, Y)
except TypeError as e:
    print("TE", e)
print(C.__mro__)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
w = WithMeta()
w.__class__ = A
print(type(w))
class Base:
    def greet(self): return "base"
class Mixin:
    def greet(self): return "mixin+" + super().greet()
class Kid(Base): pass
k = Kid()
Kid.__bases__ = (Mixin, Base)
print(k.greet(), Kid.__mro__)
import types
m = types.ModuleType("m")
class MyMod(types.ModuleType):
    def hello(self): return "hi"
m.__class__ = MyMod
print(m.hello(), type(m).__name__)
try:
    a.__class__ = MyMod
except TypeError as e:
    print("TE", e)
class F:
    pass
f = F()
f.__class__ = object
print(type(f))
