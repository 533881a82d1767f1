class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C))
print(issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object))
print(isinstance(3, int), isinstance(True, int), isinstance(3, bool))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, float))
print(isinstance(b, (int, (str, (A,)))))
try:
    isinstance(b, "A")
except TypeError as e:
    print(e)
try:
    issubclass(b, A)
except TypeError as e:
    print(e)
try:
    issubclass(B, 3)
except TypeError as e:
    print(e)
