log = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(f"Meta.__new__ {name}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        log.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)

class Desc:
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {owner.__name__}.{name}")

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__}")

def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls

@deco
class Child(Base):
    log.append("class body Child")
    field = Desc()

print("\n".join(log))
