# __bool__ / __len__ errors
class B1:
    def __bool__(self): return 1
try:
    bool(B1())
except TypeError as e:
    print("TE", e)
try:
    if B1(): pass
except TypeError as e:
    print("TE", e)
class L1:
    def __len__(self): return -1
try:
    len(L1())
except ValueError as e:
    print("VE", e)
try:
    bool(L1())
except ValueError as e:
    print("VE", e)
class L2:
    def __len__(self): return "3"
try:
    len(L2())
except TypeError as e:
    print("TE", e)
class L3:
    def __len__(self): return 2**70
try:
    len(L3())
except OverflowError as e:
    print("OE", e)
class L4:
    def __len__(self): return 0
print(bool(L4()), not L4())
class L5:
    def __len__(self): return True
print(len(L5()))
class BL:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BL()))
class NB:
    __bool__ = None
try:
    bool(NB())
except TypeError as e:
    print("TE", e)
try:
    len(5)
except TypeError as e:
    print("TE", e)

# __index__
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(10))[Idx(1):Idx(3)], (1, 2, 3) * Idx(2))
import operator
print(operator.index(Idx(7)))
try:
    [1][Idx("x")]
except TypeError as e:
    print("TE", e)
try:
    [1][str("x")]
except TypeError as e:
    print("TE", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TE", e)
print(int(Idx(9)) if hasattr(Idx, "__int__") else "no __int__", float.__name__)
try:
    int(Idx(4))
except TypeError as e:
    print("TE", e)

# __int__/__float__/__complex__
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(Num()), float(Num()), complex(Num()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TE", e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TE", e)

# __format__
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F(), "x>10"), f"{F():abc}", "{:q}".format(F()), f"{F()!r:5}"[:3])
class NoF: pass
try:
    format(NoF(), "d")
except TypeError as e:
    print("TE", e)
print(format(NoF(), "")[:5])
class BadF:
    def __format__(self, spec): return 5
try:
    format(BadF())
except TypeError as e:
    print("TE", e)

# __repr__ / __str__ fallbacks
class R1:
    def __repr__(self): return "R1!"
print(str(R1()), repr(R1()), f"{R1()}", [R1()])
class S1:
    def __str__(self): return "S1!"
print(str(S1()), repr(S1())[:11], [S1()][0].__class__.__name__)
class BadR:
    def __repr__(self): return 5
try:
    repr(BadR())
except TypeError as e:
    print("TE", e)
class BadS:
    def __str__(self): return None
try:
    str(BadS())
except TypeError as e:
    print("TE", e)
try:
    print(BadS())
except TypeError as e:
    print("TE", e)

# __dir__
class Dd:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Dd()))
class Dd2:
    def __dir__(self): return 5
try:
    dir(Dd2())
except TypeError as e:
    print("TE", e)
class Plain:
    z = 1
    def m(self): pass
p = Plain(); p.inst = 2
print([n for n in dir(p) if not n.startswith("__")])

# __instancecheck__ / __subclasscheck__
class MetaCheck(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, int)
class IntLike(metaclass=MetaCheck): pass
print(isinstance(3, IntLike), isinstance("s", IntLike), issubclass(bool, IntLike), issubclass(str, IntLike))
print(isinstance(IntLike(), IntLike))
print(isinstance(3, (str, IntLike)))

# __contains__, __iter__ fallback, __getitem__ iteration
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TE", e)
try:
    1 in NoIter()
except TypeError as e:
    print("TE", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TE", e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print("TE", e)

# __call__
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
try:
    Plain()()
except TypeError as e:
    print("TE", e)

# __getitem__ / __setitem__ / __delitem__ / __missing__
class D(dict):
    def __missing__(self, key): return key * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class Grid:
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data.get(k, 0)
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0], g.data)
del g[1, 2]
try:
    del g[1, 2]
except KeyError as e:
    print("KE", e)
try:
    Plain()[0]
except TypeError as e:
    print("TE", e)
try:
    Plain()[0] = 1
except TypeError as e:
    print("TE", e)
try:
    del Plain()[0]
except TypeError as e:
    print("TE", e)
