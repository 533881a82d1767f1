# Decorators and class forms.
@simple
@dotted.name
@call(arg, kw=1)
@subscript[0]
@(lambda f: f)
@a if b else c
def decorated():
    """Docstring."""


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @norm.setter
    def norm(self, value):
        raise AttributeError

    @staticmethod
    def make(*args, **kwargs):
        return Point(*args, **kwargs)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    class Nested:
        pass


class A(B, C):
    pass


class D():
    pass


class E(*bases, **kwds):
    pass
