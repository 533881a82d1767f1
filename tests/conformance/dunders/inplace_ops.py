class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __mul__(self, o):
        print("__mul__")
        return Acc(self.v * o)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a *= 3
print(a, a is orig)
try:
    a -= 1
except TypeError as e:
    print(e)
print(a)

class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = NI()
x += 1
print(x)

lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
s = "ab"
s *= 2
print(s)
y = 5
try:
    y += "x"
except TypeError as e:
    print(e)
n = None
try:
    n -= 1
except TypeError as e:
    print(e)
