from collections import namedtuple, deque

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]), tuple(p))
print(Point.__name__, Point.__doc__, Point.x.__doc__, Point._field_defaults, Point.__match_args__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p), p + (3,))
x, y = p
print(x, y, Point.__new__.__doc__)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", "abc def ghi _x abc", rename=True)
print(R._fields, namedtuple("One", "only")(5), namedtuple("Zero", "")())
S = namedtuple("S", "a, b c")
print(S(1, 2, 3), S._fields)
match p:
    case Point(a, b):
        print("matched", a, b)
class Sub(Point):
    def norm(self):
        return self.x + self.y
print(Sub(3, 4).norm(), Sub(3, 4))
tests = [
    lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]),
    lambda: p._replace(z=1), lambda: namedtuple("P", "x 1y"), lambda: namedtuple("P", "x class"),
    lambda: namedtuple("P", "x _y"), lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x", defaults=(1, 2)),
    lambda: namedtuple("1P", "x"), lambda: setattr(p, "x", 5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, d.count("a"), d.index(2), 3 in d, 7 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)))
d.remove("a")
d.insert(1, "z")
d[0] = "first"
del d[2]
print(d, d.copy(), d == deque(d), d != deque(), bool(deque()))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b, deque(maxlen=0), deque("xy") + deque("z"), deque("ab") * 2, 2 * deque([1]))
b.extend([20, 21])
print(b)
e = deque([1, 2])
e += [3]
e *= 2
print(e, deque([1, 2]) < deque([1, 3]), deque([[1]]) == deque([[1]]))
r = deque([1])
r.append(r)
print(r)
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), MyDeque([1], maxlen=4), type(MyDeque([1]).copy()).__name__)
e.clear()
print(e, deque(), deque([]) == deque())
tests = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).index(5),
    lambda: deque([1]).remove(5), lambda: deque([1], 1).insert(0, 2), lambda: deque([], -1),
    lambda: deque([1])[5], lambda: deque([1])[1:2], lambda: deque([1]) + [1], lambda: deque(1),
    lambda: deque([1], maxlen="a"), lambda: deque([1, 2]).rotate("a"),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
dm = deque([1, 2, 3])
try:
    for v in dm:
        dm.append(v)
except RuntimeError as err:
    print("RuntimeError", err)
print(Point, Point.__module__, P3.__module__, namedtuple("M", "a", module="elsewhere"), type(p))
