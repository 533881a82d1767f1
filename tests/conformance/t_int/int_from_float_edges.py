for v in (0.9999999999999999, -0.9999999999999999, 1e15 + 0.5, 4503599627370496.5, 2.0 ** 63, -2.0 ** 63, 1.7976931348623157e308):
    print(repr(v), int(v))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), round(-2.5), int(-2.5))
