checks = [(1, int), (1, float), (1.0, float), ("s", str), (b"b", bytes), ([], list), ((), tuple),
          ({}, dict), (set(), set), (frozenset(), frozenset), (None, object), (int, type), (len, object),
          (True, int), (1, (str, int)), (range(1), range)]
for v, t in checks:
    print(repr(v), t if isinstance(t, tuple) else t.__name__, isinstance(v, t))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), issubclass(bool, (str, int)))
