for s in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100, 3), slice(1, 2, -1), slice(5, None, -1)):
    print(s, s.indices(6), s.indices(0))
for args in ((5, 0), (-1,)):
    try:
        print(slice(1, 2, args[0]).indices(args[-1]) if len(args) == 2 else slice(1).indices(args[0]))
    except ValueError as e:
        print(e)
