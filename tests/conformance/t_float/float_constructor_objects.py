class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 3
class BadF:
    def __float__(self):
        return "x"
print(float(F()), float(I()), float("  -0  "), float(-0), repr(float("-0")))
try:
    float(BadF())
except TypeError as e:
    print(e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
try:
    float(x="1")
except TypeError as e:
    print(e)
