import math
tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.exp(1000),
    lambda: float(10 ** 400),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: (10 ** 400) / 1,
    lambda: [0] * (2 ** 63),
    lambda: "x".center(2 ** 63),
    lambda: int("1" * 5000),
    lambda: str(10 ** 5000),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
