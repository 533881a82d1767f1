import marshal

# Values are built at run time where CPython would share a constant (a shared object gets
# FLAG_REF in CPython: its reference count is above one).

values = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 255, 256, -5, -6, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**62, 2**63, -2**63,
    2**100, -2**100, 10**50 + 7,
    0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("-inf"),
    1j, 2.5 - 3j,
    b"", b"x", b"hello bytes", bytes(range(256)),
    "", "a", "hello", "h\xe9llo", "\u20ac uro", "\U0001f600", "".join(["x"] * 300), "\udc80lone",
    (), (1,), (1, "a", None), (tuple([1, 2]), tuple([3, tuple([4])])),
    [], [1, [2, [3]]], ["a", "b", "a"],
    {}, {"k": 1}, {1: "one", tuple([2, 3]): [4]},
    set(), {1}, frozenset(), frozenset({"z"}),
]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v or (v != v and back != back)
    print(repr(v)[:60], data[:40], len(data), same, type(back).__name__)

print(marshal.version)
for version in range(5):
    for v in [1, 2**70, 1.5, 2j, "abc", "\xe9", (1, "a"), {"k": [float("1.0")]}]:
        data = marshal.dumps(v, version)
        print(version, data, marshal.loads(data) == v)

print(marshal.dumps(bytearray(b"ba")), marshal.loads(marshal.dumps(bytearray(b"ba"))))
print(marshal.loads(marshal.dumps(1) + b"trailing ignored"))
print(marshal.loads(bytearray(marshal.dumps("from bytearray"))))
