f = frozenset([1, 2, 3])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1}, f - {1}, f ^ {5}, f.union([9]), type(f.copy()).__name__, f.copy() is f)
print(frozenset() == set(), frozenset([1]) == {1}, {frozenset([1]): "k"}, {frozenset([1, 2]), frozenset([2, 1])})
print(hasattr(f, "add"), hasattr(f, "union"))
