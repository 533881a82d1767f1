def m(x):
    match x:
        case 0 | 1:
            return "small"
        case "s" | b"b":
            return "strbytes"
        case None:
            return "none"
        case True:
            return "true"
        case -1.5:
            return "negfloat"
        case 1+2j:
            return "complex"
        case [] :
            return "empty seq"
        case [a]:
            return f"one {a}"
        case [a, b, *rest] if a == b:
            return f"pair-eq {a} rest={rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"k": v, **rest}:
            return f"map k={v} rest={rest}"
        case {}:
            return "any mapping"
        case str() as s:
            return "str " + s
        case int(n) if n > 100:
            return "big int"
        case float(f):
            return f"float {f}"
        case (int() | float()) as num:
            return f"num {num}"
        case _:
            return "other"
for v in [0, 1, "s", b"b", None, True, False, -1.5, 1+2j, [], [5], (1, 1, 2), [1, 2, 3], (1, 2),
          {"k": 1, "z": 2}, {"x": 1}, "hello", 500, 2.5, 7, object, "abc", range(3), bytearray(b"ab")]:
    print(repr(v)[:20], "->", m(v))
class Color:
    RED = "red"
    GREEN = "green"
def col(c):
    match c:
        case Color.RED: return "is red"
        case Color.GREEN: return "is green"
        case other: return "other " + other
print(col("red"), col("green"), col("blue"))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
def pt(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x, 0): return f"on x {x}"
        case Point(x=0, y=y): return f"on y {y}"
        case Point(x, y=yy) if x == yy: return "diag"
        case Point(): return "point"
        case _: return "not point"
print(pt(Point(0, 0)), pt(Point(3, 0)), pt(Point(0, 4)), pt(Point(2, 2)), pt(Point(1, 2)), pt(5))
class NoArgs:
    def __init__(self): self.a = 1
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
    b = 2
try:
    match TooFew():
        case TooFew(1, 2): pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print(e)
notcls = 5
try:
    match 5:
        case notcls(): pass
except TypeError as e:
    print(e)
class BadMA:
    __match_args__ = ["x"]
    x = 1
try:
    match BadMA():
        case BadMA(1): print("list match args ok")
except TypeError as e:
    print(e)
class BadMA2:
    __match_args__ = (1,)
try:
    match BadMA2():
        case BadMA2(1): pass
except TypeError as e:
    print(e)
class Dup:
    __match_args__ = ("x",)
    x = 1
try:
    match Dup():
        case Dup(1, x=1): pass
except TypeError as e:
    print(e)
class Miss:
    __match_args__ = ("nope",)
match Miss():
    case Miss(1): print("no")
    case _: print("missing attr -> no match")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}: print("rest", rest)
match [1, [2, 3], {"x": (4, 5)}]:
    case [a, [b, c], {"x": (d, e)}]: print(a, b, c, d, e)
match (1, 2, 3, 4, 5):
    case (1, *mid, 5): print("mid", mid)
match "abc":
    case [*chars]: print("str is seq?")
    case _: print("str not seq")
match 42:
    case x: print("capture", x)
print(x)
match (1, 2):
    case (a, b) | [b, a] if a > 5: print("no")
    case ((a as q), b) as whole: print(q, whole)
val = 3
match 3.0:
    case 3: print("3.0 matches 3")
match True:
    case 1: print("True matches 1")
match 1:
    case True: print("1 matches True?")
    case _: print("1 doesn't match True")
from collections import OrderedDict, defaultdict
match defaultdict(int):
    case {"missing": 0}: print("defaultdict default used?")
    case _: print("defaultdict no")
match OrderedDict(a=1):
    case {"a": 1}: print("ordereddict ok")
class GuardSE:
    pass
def g(v):
    print("guard", v)
    return v > 1
match [1, 2, 3]:
    case [x, *_] if g(x): print("no")
    case [_, x, *_] if g(x): print("second", x)
match 5:
    case 1 | 2 | 3: print("no")
    case 4 | 5 as n: print("or-as", n)
match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [_, {"c": c}]}}: print("deep", c)
match [1, 2]:
    case (1 | 2) as a, (3 | 2) as b: print("or in seq", a, b)
