import operator as op
from operator import attrgetter, itemgetter, methodcaller

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(256, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.ge(1, 2), op.gt(3, 2))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True), op.concat([1], [2]), op.concat("a", "b"), op.contains("abc", "b"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"), op.getitem([1, 2, 3], slice(1, None)))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(5), op.length_hint(5, 9))
print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1], reverse=True))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iconcat([0], (1,)), op.isub(5, 2), op.imul([0], 2), op.ipow(2, 3), op.ior({1}, {2}))
print(op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))
print(op.__add__ is op.add, op.__not__ is op.not_, op.add.__name__, op.itemgetter.__name__)

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"

people = [P("bob", 30), P("al", 25), P("cy", 35)]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[0]), attrgetter("inner.inner.name")(people[1]))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0)), itemgetter(1, 0)("xyz"), itemgetter("k")({"k": 5}))
print(itemgetter(slice(1, 3))("abcd"))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[2]))
print(repr(attrgetter("a", "b.c")), repr(itemgetter(1, "x")), repr(methodcaller("f", 1, k=2)), repr(itemgetter(0)))
tests = [
    lambda: op.index("a"), lambda: op.concat(1, 2), lambda: op.concat([1], (2,)),
    lambda: attrgetter(1), lambda: attrgetter(), lambda: itemgetter(), lambda: methodcaller(),
    lambda: methodcaller(1), lambda: op.indexOf([1], 2), lambda: op.iconcat([1], 2),
    lambda: attrgetter("a")(1), lambda: itemgetter(5)([]), lambda: methodcaller("zz")(1),
    lambda: attrgetter("a", k=1), lambda: itemgetter(1, k=1), lambda: op.length_hint([], "a"),
    lambda: op.add(1, "a"), lambda: op.lt(1, "a"), lambda: op.truediv(1, 0), lambda: op.getitem({}, "k"),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
