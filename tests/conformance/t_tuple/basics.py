t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index("a"), 2.5 in t, t + (5,), t * 2, (1,) * 0, ())
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple(x for x in "xy"), (1,), repr((1,)), str(()))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
