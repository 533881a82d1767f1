class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        "The radius."
        return self._r
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)

c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(e)
try:
    c.area = 10
except AttributeError as e:
    print(e)
del c.radius
print(hasattr(c, "_r"))
print(Circle.radius.__doc__)
print(type(Circle.radius).__name__)
try:
    del c.area
except AttributeError as e:
    print(e)
