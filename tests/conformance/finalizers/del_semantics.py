import gc
import sys


def hook(u):
    print("unraisable:", u.err_msg, u.object.__qualname__, u.exc_type.__name__, u.exc_value)


sys.unraisablehook = hook


class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    pass


class Override(Base):
    def __del__(self):
        print("Override.__del__")
        super().__del__()


Child()
Override()
print("inheritance done")

# __del__ runs once, even when the object is resurrected
saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Phoenix.__del__", self.n)
        saved.append(self)


Phoenix(1)
print("resurrected:", len(saved), saved[0].n)
saved.clear()
print("cleared (no second __del__)")

# exceptions in __del__ are reported on stderr, not raised
class Bad:
    def __del__(self):
        raise RuntimeError("from __del__")


b = Bad()
del b
print("still running after Bad")

# attributes are still there while __del__ runs
class Conn:
    def __init__(self):
        self.open = True
        self.log = ["opened"]

    def __del__(self):
        self.log.append("closed")
        print("Conn log:", self.log, self.open)


Conn()

# __del__ added after class creation
class Late:
    pass


def late_del(self):
    print("late __del__")


Late.__del__ = late_del
Late()

# self in __del__ is a working instance
class Named:
    def __init__(self):
        self.x = 3

    def method(self):
        return self.x * 2

    def __del__(self):
        print("Named.__del__", self.method(), type(self).__name__, isinstance(self, Named))


n = Named()
n = 0
print("gc.isenabled:", gc.isenabled())
print("end")
