class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub in (int, bool)

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even))
print(isinstance(3, Even))
print(isinstance("x", Even))
print(issubclass(bool, Even))
print(issubclass(str, Even))
print(isinstance(Even(), Even))
