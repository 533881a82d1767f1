t = (3, 1, 3, 2, 3)
print(t.count(3), t.index(3), t.index(3, 1), t.index(3, 3), sorted(t), max(t), min(t), sum(t), len(t), t[::2], t + (), () + t == t)
try:
    t.index(3, 5)
except ValueError as e:
    print(e)
print(tuple(reversed(t)), tuple(sorted(set(t))), t * 2 == t + t, (1, 2) + (3,))
