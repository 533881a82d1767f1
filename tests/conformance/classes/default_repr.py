class C:
    pass

c = C()
r = repr(c)
print(r.startswith("<__main__.C object at 0x"), r.endswith(">"))
print(str(c) == r)
print(repr(C))
print(str(C))

class Outer:
    class Inner:
        pass
print(repr(Outer.Inner))
print(repr(Outer.Inner()).split(" at ")[0])
print(repr(int), repr(type), repr(object))
def f(): pass
print(repr(f).split(" at ")[0])
print(repr(C.__init__))
print(repr(c.__init__).split(" of ")[0])
