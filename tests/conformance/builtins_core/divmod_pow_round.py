print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 8), pow(2, 8, 100), pow(3, -1, 7), pow(2.0, 0.5))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(3.14159, 3), round(1e20), round(7, -1), round(15, -1), round(25, -1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    round("1")
except TypeError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
