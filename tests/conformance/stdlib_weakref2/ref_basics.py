import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name)
print(weakref.getweakrefcount(n))
r2 = weakref.ref(n)
print("shared:", r is r2)
print(type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(n.__weakref__ is r)
print(r.__callback__)
del n
print("after del:", r(), r2())
print(repr(r).endswith("; dead>"))

# callbacks receive the weak reference itself, in reverse order of creation
events = []
x = Node("x")
ra = weakref.ref(x, lambda w: events.append(("a", w is ra, w())))
rb = weakref.ref(x, lambda w: events.append(("b", w is rb, w())))
print(weakref.getweakrefcount(x), len(weakref.getweakrefs(x)))
print(ra.__callback__ is not None)
x = None
print(events)
print(ra.__callback__, rb.__callback__)

# equality and hashing
p = Node("p")
q = Node("q")
rp1 = weakref.ref(p, lambda w: None)
rp2 = weakref.ref(p)
rq = weakref.ref(q)
print(rp1 == rp2, rp1 != rp2, rp1 == rq, hash(rp1) == hash(p))
h = hash(rq)
del q
print(hash(rq) == h, rq == rq, rq == rp2)
dead = weakref.ref(Node("tmp"))
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)
print(dead() is None)

# what can be weakly referenced
def func():
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyList(list):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


for obj in [1, 2.5, "s", b"b", (1,), [1], {1: 2}, None, True, frozenset(), set(), func,
            Node, Slotted(), SlottedWeak(), MyList(), MyInt(3), MyTuple(), MyDict(), object(),
            len, range(2), 3j]:
    try:
        w = weakref.ref(obj)
        print(type(obj).__name__, "ok", w() is obj)
    except TypeError as e:
        print(type(obj).__name__, "->", e)

# ref() arguments
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(Node("z"), None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    r2()
    r2(1)
except TypeError as e:
    print("TypeError:", e)
