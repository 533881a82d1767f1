class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v

data = list(range(10))
print(data[Idx(3)])
print(data[Idx(1):Idx(4)])
print("abcdef"[Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)))
print([0] * Idx(2))
import operator
print(operator.index(Idx(7)))
class NoIdx:
    pass
try:
    data[NoIdx()]
except TypeError as e:
    print(e)
try:
    data["1"]
except TypeError as e:
    print(e)
try:
    s = "abc"
    s[1.0]
except TypeError as e:
    print(e)
class BadIdx:
    def __index__(self):
        return "x"
try:
    data[BadIdx()]
except TypeError as e:
    print(e)
