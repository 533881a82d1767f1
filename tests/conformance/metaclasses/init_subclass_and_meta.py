class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)

class Base(metaclass=Meta):
    def __init_subclass__(cls, tag="none", **kw):
        print("__init_subclass__", cls.__name__, tag)
        cls.tag = tag

class Child(Base, tag="child"):
    pass

print(Child.tag, hasattr(Base, "tag"))
