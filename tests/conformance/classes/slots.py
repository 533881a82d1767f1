class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
print(type(P.__dict__["x"]).__name__)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(e)

class Q(P):
    pass
qq = Q(1, 2)
qq.z = 3
print(qq.__dict__)

class R(P):
    __slots__ = ("w",)
r = R(5, 6)
r.w = 7
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(e)
