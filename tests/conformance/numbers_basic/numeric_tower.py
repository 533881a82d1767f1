vals = [1, 1.0, True, 1 + 0j]
for a in vals:
    print([a == b for b in vals], type(a).__name__)
print(1 + 1.0, type(1 + True).__name__, type(1.0 + 1j).__name__, type(True + True).__name__)
print(3 / 1, type(3 / 1).__name__, 2 ** 2, type(2 ** -1).__name__, type((-8) ** 0.5).__name__)
print(max(1, 2.5, True), min(0, -0.0), max(-0.0, 0))
print(sum([1, 2.5, True]), sum([], 0.0), sum(range(101)))
print(10 == 10.0 == 10 + 0j, hash(10) == hash(10.0) == hash(10 + 0j))
