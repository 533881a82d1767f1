def abstract(fn):
    fn.__is_abstract__ = True
    return fn

class AbstractMeta(type):
    def __call__(cls, *args, **kwargs):
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "__is_abstract__", False))
        if missing:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__call__(*args, **kwargs)

class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self): ...
    @abstract
    def perimeter(self): ...

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 0

print(Square(3).area(), Square(3).perimeter())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
