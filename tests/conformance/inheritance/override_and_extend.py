class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

for s in (Rect(2, 3), Square(4)):
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
