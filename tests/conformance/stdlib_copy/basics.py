import copy
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.copy(len) is len, copy.deepcopy(int) is int)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(bytearray(b"ab")), copy.deepcopy({"a": (1, [2])}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["p"]
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"
p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("changed")
print(p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v + 100)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)

class Stateful:
    def __init__(self):
        self.data = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
c = copy.copy(Stateful())
print(c.data, c.cache)

rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[1] is rec)
shared = [0]
both = [shared, shared]
bc = copy.deepcopy(both)
print(bc[0] is bc[1], bc[0] is shared)

P = namedtuple("P", "x y")
np = P(1, [2])
print(copy.copy(np), copy.deepcopy(np), copy.deepcopy(np).y is np.y)
od = OrderedDict(a=1, b=[2])
print(copy.copy(od), copy.deepcopy(od)["b"] is od["b"], type(copy.deepcopy(od)).__name__)
dd = defaultdict(list, {"x": [1]})
print(copy.copy(dd), copy.deepcopy(dd))
print(copy.copy(deque([1, 2], maxlen=5)), copy.deepcopy(Counter("aab")))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
