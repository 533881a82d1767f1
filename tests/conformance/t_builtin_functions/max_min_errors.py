for f in (lambda: max([]), lambda: min(()), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: max([1, "a"]), lambda: max([1], key=5), lambda: min([], key=len), lambda: max(1, 2, bogus=1), lambda: min(iter([]))):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
