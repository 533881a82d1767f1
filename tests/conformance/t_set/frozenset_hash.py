for items in ([], [1], [1, 2], [2, 1], [1, 2, 3], list(range(10)), [-1, -2], [2 ** 70]):
    print(items, hash(frozenset(items)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
