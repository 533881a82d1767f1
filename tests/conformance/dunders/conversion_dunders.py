class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"

n = Num(3.7)
print(int(n), float(n), complex(n))
print(round(n), round(n, 2))
import math
print(math.trunc(n), math.floor(n), math.ceil(n))

class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(e)
try:
    float(object())
except TypeError as e:
    print(e)
try:
    int(object())
except TypeError as e:
    print(e)
