class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def describe(cls): return f"described {cls.__name__}"
    @property
    def upper(cls): return cls.__name__.upper()
    def __len__(cls): return 42
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == "in"
    def __eq__(cls, o): return isinstance(o, Meta) and cls.__name__ == o.__name__
    def __hash__(cls): return hash(cls.__name__)
    def __bool__(cls): return False
class A(metaclass=Meta, extra=1):
    x = 1
class B(A): pass
print(A.created_by, A.describe(), A.upper, len(A), A[5], list(A), "in" in A, "out" in A, bool(A), not A)
print(A == B, A == A, hash(A) == hash("A"), {A: 1}[A], isinstance(A, Meta), isinstance(B, Meta), type(B).__name__)
print(A.__name__, A.__qualname__, A.__mro__, A.mro(), A.__doc__, A.__subclasses__(), callable(A), A.x, B().x)
print(A | None, format(A, ""), f"{A!r}", sorted(["b", "a"]), dir(A)[-3:])
try:
    A.missing
except AttributeError as e:
    print(e)
try:
    A().describe
except AttributeError as e:
    print(e)
class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ("s",)
class E(Exception):
    pass
class S:
    __slots__ = ("a", "b")
class Meta(type):
    pass
class M(metaclass=Meta):
    pass
for obj in [A, A(), B, B(), S, S(), E, E("x"), M, M()]:
    print([n for n in dir(obj)])
print(dir(ValueError("v")) == dir(Exception()), len(dir(KeyError)))
