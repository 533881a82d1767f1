class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Tracked(5)
print(t.created, t.value)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotMine())

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
