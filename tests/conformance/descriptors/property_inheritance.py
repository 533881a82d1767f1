class Base:
    @property
    def value(self):
        return "base value"

class Child(Base):
    @Base.value.getter
    def value(self):
        return "child value"

class Writable(Base):
    @Base.value.setter
    def value(self, v):
        print("writing", v)

print(Base().value, Child().value)
w = Writable()
w.value = 3
print(w.value)
try:
    Base().value = 1
except AttributeError as e:
    print(e)

class Override(Base):
    value = "plain class attribute"
print(Override().value)
