print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)), list(enumerate("x", 2 ** 70)))
e = enumerate("xy")
print(type(e).__name__, next(e), next(e), next(e, None), iter(e) is e)
for f in (lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: enumerate()):
    try:
        f()
    except TypeError as e:
        print(e)
