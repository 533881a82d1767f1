for v in (1, -1.5, "s", "'", '"', b"b", [1, "a"], (1,), {"a": [None]}, set(), frozenset(), range(2), slice(1, None), 1j, None, ..., NotImplemented, True, object, int, len, print):
    print(repr(v))
class R:
    def __repr__(self):
        return 5
try:
    repr(R())
except TypeError as e:
    print(e)
