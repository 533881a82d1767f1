for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3)):
    print(repr(r), list(r), len(r), bool(r))
print(range(0, 5, 1), range(3), str(range(1, 2, 1)), range(0, -1, -1))
