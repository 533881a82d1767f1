class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)), issubclass(B, A), issubclass(B, B), issubclass(A, (B, object)))
print(isinstance(1.0, (int, float)), isinstance([], list), isinstance({}, dict), isinstance(len, type(len)), isinstance(A, type))
try:
    isinstance(1)
except TypeError as e:
    print(e)
try:
    issubclass(A(), A)
except TypeError as e:
    print(e)
