class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(v):
        return -273.15 <= v
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale

class Kelvinish(Temp):
    scale = "K"

t = Temp.from_f(212)
print(type(t).__name__, t.deg)
k = Kelvinish.from_f(32)
print(type(k).__name__, k.deg)
print(Temp.valid(-300), t.valid(20))
print(Temp.describe(), Kelvinish.describe(), k.describe())
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
print(Temp.__dict__["valid"].__func__(5))
print(Temp.from_f.__self__ is Temp)
