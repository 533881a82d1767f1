for v in (1, 1.0, "s", b"b", [], (), {}, set(), None, type, object, len, lambda: 0, range(1), iter([]), 1j, ..., NotImplemented, True):
    print(type(v).__name__, type(v))
try:
    type(1, 2)
except TypeError as e:
    print(e)
