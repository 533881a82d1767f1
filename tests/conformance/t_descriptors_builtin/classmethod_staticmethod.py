class A:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return x * 2
class B(A):
    pass
print(A.cm(1), B.cm(2), B().cm(3), A.sm(4), A().sm(5), type(A.__dict__["cm"]).__name__, type(A.__dict__["sm"]).__name__)
print(A.__dict__["sm"].__func__(6), A.__dict__["cm"].__func__(A, 7), callable(A.__dict__["sm"]), A.__dict__["sm"](8))
sm = staticmethod(len)
print(sm.__wrapped__ is len, sm.__name__ if hasattr(sm, "__name__") else "-", classmethod(len).__func__ is len)
