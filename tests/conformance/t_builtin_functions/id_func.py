a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), type(id(a)).__name__, id(None) == id(None), id(1) == id(1))
