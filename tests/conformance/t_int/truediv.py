print(7 / 2, -7 / 2, 1 / 3, 10 / 5)
print(2 ** 70 / 2 ** 10)
print((10 ** 30) / 7)
print(1 / (10 ** 20))
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 400) / (10 ** 399))
print((10 ** 400 + 1) // (10 ** 399))
