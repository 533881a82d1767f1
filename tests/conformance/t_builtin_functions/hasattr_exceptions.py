class A:
    @property
    def boom(self):
        raise ValueError("boom")
    @property
    def attr_err(self):
        raise AttributeError("nope")
print(hasattr(A(), "attr_err"))
try:
    hasattr(A(), "boom")
except ValueError as e:
    print("propagated", e)
try:
    hasattr(A(), 1)
except TypeError as e:
    print(e)
