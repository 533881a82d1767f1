class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()))
print(9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=" ")
print()
a, b, *rest = Squares()
print(a, b, rest)
print(iter(Squares()).__class__.__name__)

class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
