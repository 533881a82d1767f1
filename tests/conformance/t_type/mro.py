class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print(D.mro(), [k.__name__ for k in D.__mro__], type.mro(D) == D.mro())
print(bool.__mro__, int.__mro__, object.__mro__, type.__mro__)
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
