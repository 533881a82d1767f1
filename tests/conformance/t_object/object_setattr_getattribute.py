class P:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback-" + name
p = P()
p.y = 5
print(p.x, p.y, p.magic, p.nothing)
object.__delattr__(p, "y")
print(p.y)
