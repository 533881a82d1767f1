tests = [
    lambda: -"s",
    lambda: +[1],
    lambda: ~1.5,
    lambda: abs("x"),
    lambda: -None,
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
class Empty:
    pass
for op in (lambda o: -o, lambda o: ~o, lambda o: o + 1, lambda o: 1 - o, lambda o: o[0], lambda o: len(o)):
    try:
        op(Empty())
    except TypeError as e:
        print(e)
