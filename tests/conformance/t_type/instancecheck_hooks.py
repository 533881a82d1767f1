class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(str, Magic), issubclass(int, Magic), isinstance(Magic(), Magic))
