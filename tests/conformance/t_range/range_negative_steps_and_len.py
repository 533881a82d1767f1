for args in ((10, 0, -1), (10, 0, -3), (0, 10, -1), (-5, -10, -2), (5, 5, -1), (0, 1, 10 ** 20), (10 ** 20, 0, -(10 ** 19))):
    r = range(*args)
    print(r, len(r), list(r)[:5], r[-1] if r else None, 0 in r)
