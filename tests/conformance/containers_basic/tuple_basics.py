t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t.index("two"), t.count(1))
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__, ())
t[3].append(5)
print(t)
a, *b = t
print(a, b)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), tuple([1, 2]), tuple("ab"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
print(repr((1,)), repr(()), repr(((),)), str((None, True)))
try:
    t.append(1)
except AttributeError as e:
    print(e)
