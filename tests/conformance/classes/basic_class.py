class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims)
print(p.__dict__)
print(sorted(k for k in Point.__dict__ if not k.startswith("__") or k == "__init__"))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, type(Point))
print(Point.norm2(p))
