class C:
    @property
    def ro(self):
        return 1
c = C()
try:
    c.ro = 2
except AttributeError as e:
    print(e)
try:
    del c.ro
except AttributeError as e:
    print(e)
class D:
    x = property()
try:
    D().x
except AttributeError as e:
    print(e)
print(C.ro.__get__(None, C) is C.ro, C.ro.__get__(c))
class E:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "getattr:" + n
print(E().bad)
