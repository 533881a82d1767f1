class A: pass
class B(A): pass
print(A.__weakref__, B.__weakref__, A().__weakref__, B.__dict__.get("__weakref__"))
class S:
    __slots__ = ()
try:
    S.__weakref__
except AttributeError as e:
    print(e)
try:
    S().__weakref__
except AttributeError as e:
    print(e)
print([getattr(A, n) is not None for n in dir(A)].count(False))
class E(Exception): pass
class M(type): pass
class X(metaclass=M): pass
for c in [E, E("x"), X, X(), int, 5, "s", [], {}, len, lambda: 0]:
    bad = []
    for n in dir(c):
        try:
            getattr(c, n)
        except AttributeError:
            bad.append(n)
    print(type(c).__name__, bad)
e = ValueError("a")
e.__setstate__({"extra": 5})
print(e.extra, ValueError.args, ValueError.__dict__.get("args"))
print(type(ValueError.__cause__).__name__)
