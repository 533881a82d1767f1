class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__

class Child(Base):
    def greet(self):
        return "Child+" + super().greet()
    def explicit(self):
        return "explicit+" + super(Child, self).greet()
    @classmethod
    def make(cls):
        return "Child.make > " + super().make()

class Grand(Child):
    def skip(self):
        return super(Child, self).greet()

g = Grand()
print(g.greet())
print(g.explicit())
print(g.skip())
print(Grand.make())
s = super(Child, g)
print(type(s).__name__)
print(s.greet())
def standalone(self):
    return super(Base, self).__class__.__name__
print(standalone(g))
try:
    super(Child, 5)
except TypeError as e:
    print(e)
