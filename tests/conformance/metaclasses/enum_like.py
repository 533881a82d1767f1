class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            setattr(cls, k, inst)
            cls._members[k] = inst
        return cls
    def __iter__(cls):
        return iter(cls._members.values())

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, Color.BLUE.value)
print(list(Color))
print(Color.GREEN is Color.GREEN, isinstance(Color.RED, Color))
