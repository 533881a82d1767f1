class A:
    """doc A"""
    x = 1
print(A.__doc__, type(A).__name__, type(type).__name__, isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(callable(A), A.__class__, A.__dict__["x"], "x" in vars(A), type.__name__, type.__base__, type.__basicsize__ > 0)
print(repr(A).startswith("<class '__main__.A'>"), repr(int), repr(type), repr(type(None)))
