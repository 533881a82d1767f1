class Base:
    x = "base x"
    def f(self):
        return "Base.f sees " + self.x

class Derived(Base):
    x = "derived x"

d = Derived()
print(d.f())
d.x = "instance x"
print(d.f())
Base.f = lambda self: "patched " + self.x
print(d.f())
del d.x
print(d.f())
Derived.g = lambda self: "new method"
print(d.g())
print(Derived.__dict__.get("f"), "f" in Base.__dict__)
