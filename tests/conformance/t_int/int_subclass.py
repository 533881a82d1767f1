class MyInt(int):
    pass
x = MyInt(5)
print(x, repr(x), type(x).__name__, type(x + 1).__name__, type(-x).__name__, type(+x).__name__)
print(isinstance(x, int), x == 5, int(x), type(int(x)).__name__)
class Named(int):
    def __repr__(self):
        return "Named(%d)" % int(self)
print(repr(Named(3)), str(Named(3)), format(Named(3)))
