def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: pow(2, 3, 0))
check(lambda: pow(2.0, 3, 5))
check(lambda: pow(2, 0.5, 5))
check(lambda: pow(2, 3, 5.0))
check(lambda: pow("2", 3))
check(lambda: pow(2))
check(lambda: pow(base=2, exp=5))
check(lambda: pow(base=2, exp=5, mod=3))
check(lambda: 0.0 ** -1)
