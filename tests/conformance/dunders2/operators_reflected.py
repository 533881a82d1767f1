class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        if isinstance(o, int): return V(o + self.x)
        return NotImplemented
    def __iadd__(self, o):
        if isinstance(o, V):
            self.x += o.x
            return self
        return NotImplemented
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __pos__(self): return self

a = V(1)
print(a + V(2), a + 3, 3 + a, sum([V(1), V(2)], V(0)))
b = a
b += V(10)
print(b, a, b is a)
b += 5
print(b, b is a)
print(-a, abs(V(-3)), ~V(0), +a)
for expr in ["a + 'x'", "'x' + a", "a - a", "a * 2", "2 ** a", "a @ a", "a < a", "a <= 1", "1 > a", "a / 2", "divmod(a, 2)", "a % 2", "a // a", "a << 1", "a & 1", "1 ^ a", "a | a"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
x = V(1)
try:
    x -= 1
except TypeError as e:
    print(e)
try:
    x *= V(2)
except TypeError as e:
    print(e)
try:
    x **= 2
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)
try:
    -object()
except TypeError as e:
    print(e)
try:
    ~"s"
except TypeError as e:
    print(e)
try:
    abs("s")
except TypeError as e:
    print(e)

# subclass reflected operand priority
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base())
class D2(Base):
    pass
print(Base() + D2())

# comparisons reflection
class Cmp:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return NotImplemented
    def __lt__(self, o):
        print("lt", self.n, getattr(o, "n", o))
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.n, getattr(o, "n", o))
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(1) != Cmp(2))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print(e)
class SubCmp(Cmp):
    pass
try:
    Cmp(1) < SubCmp(2)
except TypeError as e:
    print(e)
c = Cmp(3)
print(c == c, c != c)
try:
    c >= 1
except TypeError as e:
    print(e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), Ord(2) > Ord(1))

# __hash__ None by __eq__
class H:
    def __eq__(self, o): return True
print(H.__hash__)
try:
    hash(H())
except TypeError as e:
    print(e)
try:
    {H()}
except TypeError as e:
    print(e)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
class H3:
    def __hash__(self): return "x"
try:
    hash(H3())
except TypeError as e:
    print(e)
class H4:
    def __hash__(self): return 2**100
print(hash(H4()) == hash(2**100))
class H5:
    __hash__ = None
try:
    hash(H5())
except TypeError as e:
    print(e)
import collections.abc
print(isinstance(H5(), collections.abc.Hashable), isinstance(H2(), collections.abc.Hashable))
