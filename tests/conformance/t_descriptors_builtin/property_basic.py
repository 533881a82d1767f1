class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__)
del c.x
print(c.x)
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel, p.__isabstractmethod__)
