# match with class patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x, 0): return f"x-axis {x}"
        case Point(0, y=yy): return f"y-axis {yy}"
        case Point(x=1, y=1) | Point(x=2, y=2): return "diag"
        case Point(): return "other point"
        case [Point(x, y), *rest]: return f"list head {x},{y} rest={len(rest)}"
        case {"kind": "pt", **others}: return f"mapping {sorted(others)}"
        case int(n) if n > 10: return f"big int {n}"
        case int() | float(): return "number"
        case str() as s: return f"str {s!r}"
        case _: return "unknown"
for v in [Point(0,0), Point(3,0), Point(0,4), Point(2,2), Point(5,6), [Point(1,2), 3, 4], {"kind": "pt", "a": 1, "b": 2}, 42, 3, 2.5, "hi", None]:
    print(where(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print(e)
match (1, 2, 3):
    case (1, *mid, 3): print("mid", mid)
match {"a": 1}:
    case {"a": 1, "b": 2}: print("no")
    case {"a": v}: print("a is", v)
# star expressions
a, *b, c = range(6)
print(a, b, c)
*d, = "xyz"
print(d)
print([*range(3), *"ab"], {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
first, (second, *third) = 1, (2, 3, 4)
print(first, second, third)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
