class M(type):
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=M):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
a = A(1, 2)
print(type(a).__name__, type(A).__name__)
class B:
    def __new__(cls):
        return 5
print(B())
