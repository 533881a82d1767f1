pairs = [(1, 1.0), (1, True), (0, -0.0), (2 ** 80, float(2 ** 80)), (1, 1 + 0j), ((1, 2), (1.0, 2.0)), (frozenset([1]), frozenset([1.0]))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
