s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 3 in s)
s.discard(10)
s.remove(4)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a.isdisjoint({9}))
print(a.union([5]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
fs = frozenset([1, 2, 2])
print(fs, type(fs).__name__, fs | {3}, {fs: "frozen key"}[frozenset({1, 2})])
print(set(), set("aab") == {"a", "b"}, {1, 2} == {2, 1}, len({1, 1.0, True}))
c = {1, 2}
c |= {3}
c &= {2, 3}
c -= {3}
print(c, c.pop(), c)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
