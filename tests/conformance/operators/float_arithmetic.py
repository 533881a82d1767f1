print(0.1 + 0.2, 1.5 * 4, 7.0 / 2, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2.0 ** 10, 2 ** 0.5, 10 ** -2, 1e300 * 10, -1e300 * 10)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1 + 2.0, type(1 + 2.0).__name__, True + 1.5)
print(float("inf") - float("inf"), float("inf") > 1e308)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(abs(-0.0), -0.0, 0.0 == -0.0)
try:
    10 ** 1000.0
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
