class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, other):
        print("A.__radd__")
        return NotImplemented

class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled"

print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(e)
try:
    A() + 1
except TypeError as e:
    print(e)
try:
    1 + A()
except TypeError as e:
    print(e)

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__ (subclass first)"
print(Base() + Sub())
print(Sub() + Base())
print(type(NotImplemented).__name__, repr(NotImplemented))
