class S(set):
    pass
s = S([1, 2])
print(type(s).__name__, type(s | {3}).__name__, type(s.copy()).__name__, s == {1, 2}, sorted(s))
class FS(frozenset):
    pass
f = FS([1])
print(type(f).__name__, type(f | {2}).__name__, type(f.copy()).__name__, f.copy() is f, repr(f), repr(s))
