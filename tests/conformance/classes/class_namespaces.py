class A:
    x = 1
    def f(self):
        return "A.f"

print(sorted(k for k in vars(A) if not k.startswith("__")))
print(A.__bases__, A.__mro__)
print(A.__base__)
print(object.__bases__)
print(type(A.__dict__["f"]).__name__)
print(A.f.__qualname__)
print("__init__" in A.__dict__, "__init__" in dir(A))
print(A.__class__, A().__class__)

class B(A):
    pass
print(B.__bases__, B.__mro__)
print(B.__name__, B().f())
print(B.__subclasses__(), A.__subclasses__())
