# __eq__ / __ne__ / __hash__ interplay, containers, total_ordering
import functools
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, P): return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x}, {self.y})"
a, b = P(1, 2), P(1, 2)
print(a == b, a != b, a is b, a == (1, 2), a != "s", len({a, b}), {a: 1}[b])
print([a].count(b), b in [a], [a].index(b), (a,) == (b,))
class OnlyNe:
    def __ne__(self, o): return "custom-ne"
print(OnlyNe() != 1, OnlyNe() == 1)
class EqNoNe:
    def __eq__(self, o): return "eqval"
print(EqNoNe() != 1, EqNoNe() == 1)
class EqRaises:
    def __eq__(self, o): raise ValueError("eq!")
    __hash__ = object.__hash__
e = EqRaises()
print(e in [e], [e] == [e])
try:
    e in [EqRaises()]
except ValueError as ex:
    print("VE", ex)
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"V{self.n}"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)]))
try:
    @functools.total_ordering
    class NoOrd:
        pass
except ValueError as ex:
    print("VE", ex)
class Sub(P): pass
print(Sub(1, 2) == P(1, 2), hash(Sub(1, 2)) == hash(P(1, 2)))
class SubEq(P):
    def __eq__(self, o): return False
print(SubEq.__hash__)
try:
    hash(SubEq(1, 2))
except TypeError as ex:
    print("TE", ex)
# NotImplemented in boolean context
try:
    bool(NotImplemented)
except TypeError as ex:
    print("TE", ex)
# comparing with None
class Cmp:
    def __lt__(self, o): return True
print(Cmp() < None)
try:
    None < Cmp()
except TypeError as ex:
    print("TE", ex)
print(None > Cmp() if False else "x")
# __eq__ returning non-bool in containers
class Weird:
    def __eq__(self, o): return [1]
    __hash__ = object.__hash__
w = Weird()
print(w == 1, [Weird()] == [Weird()], Weird() in [Weird()])
class Falsy:
    def __eq__(self, o): return []
    __hash__ = object.__hash__
print(Falsy() in [Falsy()], [Falsy()] == [Falsy()])
# id-based hashing default
class D: pass
d = D()
print(hash(d) == hash(d), d == d, d != D(), D.__hash__ is object.__hash__, D.__eq__ is object.__eq__)
print(object.__eq__(d, d), object.__eq__(d, 1), object.__ne__(d, 1))
print((1).__eq__(1.0), (1).__eq__("a"), "a".__eq__(1), 1.0.__eq__(1))
print(int.__lt__(1, 2), (2).__gt__(1.5), [].__eq__(()), ().__lt__([]))
