def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: int("12a"))
check(lambda: int("z", 35))
check(lambda: int("10", 1))
check(lambda: int("10", 37))
check(lambda: int("10", -1))
check(lambda: int(10, 2))
check(lambda: int(1.5, 10))
check(lambda: int(None))
check(lambda: int([1]))
check(lambda: int("x" * 300))
check(lambda: int(float("inf")))
check(lambda: int(float("nan")))
check(lambda: int("10", base=3))
check(lambda: int(x="10"))
