print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 9])), list(map(lambda *a: a, "ab", "cd", "ef")), list(map(str.upper, "xy")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, range(4))), list(filter(str.isdigit, "a1b2")))
m = map(int, "12")
print(type(m).__name__, next(m), list(m), type(filter(None, [])).__name__)
for f in (lambda: map(abs), lambda: map(abs, 5), lambda: filter(None), lambda: list(map(abs, ["x"]))):
    try:
        f()
    except TypeError as e:
        print(e)
