s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 not in s, set(), set("abca") == {"a", "b", "c"}, set([1, 1, 2]), set(range(3)), {1, 2} == {2, 1}, {1} == {1.0}, set() == frozenset())
print(repr(set()), repr({1, 2, 3}), repr(frozenset()), repr(frozenset({1})))
