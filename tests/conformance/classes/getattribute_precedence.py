class Both:
    a = "class attr"
    def __getattribute__(self, name):
        if name == "special":
            return "from __getattribute__"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "from __getattr__: " + name

b = Both()
print(b.special)
print(b.a)
print(b.missing)

class Raises:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Raises().anything)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)

class Target:
    pass
t = Target()
p = Proxy(t)
p.color = "red"
print(t.color, p.color)
print(p.__class__.__name__)
