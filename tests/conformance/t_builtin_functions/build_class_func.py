import builtins
def body():
    x = 1
    def m(self):
        return "m"
    return None
C = __build_class__(body, "C")
print(C.__name__, type(C).__name__, hasattr(C, "x"), C.__bases__, C.__qualname__)
D = __build_class__(lambda: None, "D", C)
print(D.__name__, D.__mro__)
print(__build_class__ is builtins.__build_class__)
try:
    __build_class__(5, "E")
except TypeError as e:
    print(e)
try:
    __build_class__(lambda: None)
except TypeError as e:
    print(e)
