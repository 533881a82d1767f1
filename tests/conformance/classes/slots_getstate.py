class A: pass
a = A()
print(a.__getstate__())
a.x = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__)
class S:
    __slots__ = ('a', 'b')
class T(S):
    __slots__ = ('c', '__d')
t = T(); t.a = 1; t.c = 2; t._T__d = 3
print(t.__getstate__())
print(T().__getstate__())
print(object().__getstate__())
print((1).__getstate__() if hasattr(1, '__getstate__') else 'x')


