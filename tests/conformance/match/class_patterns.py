class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on x axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), radius=r):
            return f"circle at ({x},{y}) r={r}"
        case Point():
            return "some point"
        case _:
            return "not a shape"

for o in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), Circle(Point(1, 2), 3), "x"):
    print(where(o))
