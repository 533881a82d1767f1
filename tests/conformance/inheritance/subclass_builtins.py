class MyList(list):
    def sum(self):
        return sum(self)

ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__)
print(type(ml + [5]).__name__, type(ml[1:]).__name__)

class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
d = UpperDict()
d["a"] = 1
print(d, d["A"])

class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(repr(m), m + 1, type(m + 1).__name__)

class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hey")
print(t.shout(), t == "hey", isinstance(t, str))

class Small(int):
    def __new__(cls, v):
        return super().__new__(cls, min(v, 10))
print(Small(5), Small(50), Small(7) + 1)
