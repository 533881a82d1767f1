class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        print("eq", self, o)
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts

a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b)
print(a == b)
print(a != b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(max(Ver(3), Ver(3, 1)))

class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(OnlyLt(5) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
