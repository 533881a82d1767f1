class CountingMeta(type):
    def __call__(cls, *args, **kwargs):
        cls.created = getattr(cls, "created", 0) + 1
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)

class Widget(metaclass=CountingMeta):
    def __init__(self, label):
        self.label = label

w1 = Widget("a")
w2 = Widget("b")
print(Widget.created, w1.label, w2.label)

class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]

class Config(metaclass=SingletonMeta):
    def __init__(self, value=0):
        print("init Config", value)
        self.value = value
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.value)
