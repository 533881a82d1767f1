class Lazy:
    def __init__(self):
        self.real = "present"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name}")

l = Lazy()
print(l.real)
print(l.x_abc)
try:
    l.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "nope", "fallback"))
print(hasattr(l, "x_q"))

class Logged:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

g = Logged()
g.val = 5
print(g.val)
del g.val
try:
    g.val
except AttributeError as e:
    print(e)
