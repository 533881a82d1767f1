class Outer:
    class Inner:
        def method(self):
            pass
    def f(self):
        def g():
            pass
        return g
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().f().__qualname__, Outer.__module__)
Outer.__name__ = "Renamed"
Outer.Inner.__qualname__ = "X.Y"
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, repr(Outer.Inner))
try:
    Outer.__name__ = 5
except TypeError as e:
    print(e)
print(int.__qualname__, int.__module__, len.__module__, len.__qualname__, len.__name__, str.upper.__qualname__)
