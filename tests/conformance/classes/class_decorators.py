def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco

seen = []

@register(seen)
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

print(Item("pen", 3))
print(seen)

def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)
