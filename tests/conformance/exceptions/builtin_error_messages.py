tests = [
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: int("12x"),
    lambda: int("1.5"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: [1, 2].remove(3),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: int("5", 99),
    lambda: "a" + None,
    lambda: len(None),
    lambda: sum(["a"]),
    lambda: iter(None),
    lambda: bytes([300]),
    lambda: (1).__foo__,
    lambda: [][:] ["x"],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
