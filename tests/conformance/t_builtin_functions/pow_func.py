print(pow(2, 10), pow(2.0, 3), pow(2, -2), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(0, 0), pow(0.0, 0), pow(2, 3, 5), pow(base=2, exp=3), pow(2, exp=4, mod=5))
print(pow(-2, 0.5), pow(1j, 2), pow(-1.0, 0.5).real if False else "")
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.5, 2, 3)
except TypeError as e:
    print(e)
