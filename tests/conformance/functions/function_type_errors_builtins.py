tests = [
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: int(x=1),
    lambda: sorted([1], key=1),
    lambda: isinstance(1),
    lambda: divmod(1),
    lambda: print(bad_kw=1),
    lambda: "x".join([1]),
    lambda: dict(1),
    lambda: list(1, 2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
