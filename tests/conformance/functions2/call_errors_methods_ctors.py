def check(thunk):
    try:
        r = thunk()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def m0(self): return 0
    def m1(self, a): return a
    def m2(self, a, b): return a, b
    def md(self, a, b=2): return a, b
    @classmethod
    def cm(cls, a): return cls.__name__, a
    @staticmethod
    def sm(a): return a
    def mk(self, *, k): return k
    def __init__(self, x=0): self.x = x

c = C()
check(lambda: c.m0(1))
check(lambda: c.m1())
check(lambda: c.m1(1, 2))
check(lambda: c.m2())
check(lambda: c.m2(1))
check(lambda: c.md(1, 2, 3))
check(lambda: c.md())
check(lambda: C.m1())
check(lambda: C.m1(c))
check(lambda: C.m0())
check(lambda: C.cm())
check(lambda: C.cm(1, 2))
check(lambda: c.cm(1, 2))
check(lambda: C.sm())
check(lambda: C.sm(1, 2))
check(lambda: c.mk(1))
check(lambda: c.mk())
check(lambda: c.m1(a=1, b=2))
check(lambda: c.m1(1, self=2))
check(lambda: C(1, 2))
check(lambda: C(y=2))
check(lambda: C(1, x=2))
class D:
    pass
check(lambda: D(1))
check(lambda: D(x=1))
class E:
    def __new__(cls, a):
        return super().__new__(cls)
check(lambda: E())
check(lambda: E(1, 2))
class F:
    def __init__(self): pass
check(lambda: F(1))
# builtins
check(lambda: len())
check(lambda: len(1, 2))
check(lambda: len([], x=1))
check(lambda: abs())
check(lambda: divmod(1))
check(lambda: isinstance(1))
check(lambda: sorted([], 1))
check(lambda: sorted([], cmp=1))
check(lambda: max())
check(lambda: min(1))
check(lambda: [].append())
check(lambda: [].append(1, 2))
check(lambda: {}.get())
check(lambda: "x".split(1, 2, 3))
check(lambda: int(1, 2, 3))
check(lambda: dict(1, 2))
check(lambda: print(foo=1))
check(lambda: getattr(1))
check(lambda: "".join())
check(lambda: list(1, 2))
check(lambda: tuple(x=1))
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: object(1))
check(lambda: [].sort(1))
check(lambda: [].sort(key=None, reversed=True))
check(lambda: str.upper())
check(lambda: str.upper(1))
check(lambda: enumerate())
check(lambda: zip(strict=1, x=2))
check(lambda: iter())
check(lambda: next())
