s = set()
s.update("ab", [1, 2], (3,), {4: None}, range(5, 7))
print(sorted(map(str, s)))
s.difference_update("a", [1])
print(sorted(map(str, s)))
try:
    s.update(5)
except TypeError as e:
    print(e)
print(set.union({1}, [2], (3,)), frozenset.union(frozenset(), "a") == {"a"})
