class A:
    pass
A.x = 5
A.m = lambda self: self.x * 2
a = A()
print(a.x, a.m(), A.__dict__["x"], "m" in A.__dict__)
del A.x
try:
    a.x
except AttributeError as e:
    print(e)
setattr(A, "y", property(lambda self: "prop"))
print(a.y)
try:
    int.foo = 1
except TypeError as e:
    print(e)
try:
    del object.__str__
except TypeError as e:
    print(e)
