class A:
    __slots__ = ('y', 'x', '__dict__', 'b')
print(list(vars(A)))
class B:
    __slots__ = ('__a', '__b__', '_c')
print(list(vars(B)))
class _U:
    __slots__ = ('__q',)
print(list(vars(_U)))
class C(A):
    __slots__ = ('__weakref__',)
print(list(vars(C)))
try:
    class D(C):
        __slots__ = ('__weakref__',)
except TypeError as e: print(e)
try:
    class D(A):
        __slots__ = ('__dict__',)
except TypeError as e: print(e)
class E:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
class F(E):
    __slots__ = ('a',)
f = F(); print(f.a, F.a.__get__(f))
class G:
    __slots__ = ['x']
print(G.__slots__, type(G.__slots__))
class H:
    __slots__ = iter(['x', 'y'])
print(type(H.__slots__).__name__, list(vars(H))[:6])
class I(object):
    __slots__ = ('x',)
    x_default = 3
try:
    class J:
        __slots__ = 'x'
        def x(self): pass
except ValueError as e: print(e)
try:
    class K(str):
        __slots__ = ('x',)
    k = K('a'); k.x = 1; print(k.x)
except TypeError as e: print(e)
try:
    class K2(bytes):
        __slots__ = ('x',)
except TypeError as e: print(e)
class L(list):
    __slots__ = ('x',)
l = L([1]); l.x = 3; print(l, l.x)
try: l.y = 4
except AttributeError as e: print(e)
class Ex(Exception):
    __slots__ = ('code',)
ex = Ex('m'); ex.code = 5; ex.other = 1; print(ex.code, ex.__dict__)
