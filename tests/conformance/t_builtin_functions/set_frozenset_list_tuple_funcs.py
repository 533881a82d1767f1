print(set("aab") == {"a", "b"}, frozenset([1, 1]), list("ab"), tuple([1]), list(), tuple(), set(), frozenset())
for f in (lambda: set(1), lambda: frozenset(1), lambda: list(None), lambda: tuple(1.5), lambda: set([[]]), lambda: set(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
