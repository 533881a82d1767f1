def method(self):
    return "dynamic " + self.name

Dyn = type("Dyn", (object,), {"name": "dyn", "method": method, "count": 3})
d = Dyn()
print(Dyn.__name__, d.method(), d.count, type(Dyn))
Sub = type("Sub", (Dyn,), {"name": "sub"})
print(Sub().method(), Sub.__mro__)
print(type(5), type("s") is str, type(type) is type)
try:
    type("X", (5,), {})
except TypeError as e:
    print(e)
try:
    type("X", 5, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
