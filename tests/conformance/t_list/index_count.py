a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.index(2, 2), a.index(1, -3), a.count(2), a.count(1), a.count(9), a.index(True), a.index(2, 2, 4))
for f in (lambda: a.index(9), lambda: a.index(1, 1, 4), lambda: a.index()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print([float("nan")].count(float("nan")))
n = float("nan")
print([n].count(n), [n].index(n), n in [n])
