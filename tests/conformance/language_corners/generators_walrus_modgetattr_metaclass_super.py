# generators edge cases
def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after throw"
    finally:
        print("gen finally")
g = gen()
print(next(g), g.send("hello"), g.throw(ValueError("boom")))
g.close()
print(list(gen()))
def ret():
    yield 1
    return "done"
def wrap():
    r = yield from ret()
    print("inner returned", r)
    return r
print(list(wrap()))
w = wrap(); next(w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration value", e.value)
def closer():
    try:
        yield
    except GeneratorExit:
        print("exit seen")
        raise
c = closer(); next(c); c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def running():
    yield gr.gi_running
gr = running()
print(next(gr), gr.gi_running)
def stopper():
    raise StopIteration
    yield
try:
    next(stopper())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
ge = (i * i for i in range(3))
print(type(ge).__name__, list(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def deleg():
    yield from [1, 2]
    yield from (x for x in "ab")
print(list(deleg()))
# walrus
data = [1, 5, 9, 12]
print([y for x in data if (y := x * 2) > 5], y)
if (n := len(data)) > 3:
    print("len", n)
# __getattr__ on modules
import types
mod = types.ModuleType("dyn")
def _ga(name):
    if name == "magic":
        return 42
    raise AttributeError(f"module 'dyn' has no attribute {name!r}")
mod.__getattr__ = _ga
print(mod.magic)
try:
    mod.other
except AttributeError as e:
    print(e)
# metaclass __prepare__ and __call__
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("call", cls.__name__, a)
        return super().__call__(*a)
class M(metaclass=Meta, flag=True):
    def __init__(self, v): self.v = v
m = M(5)
print(m.v, M.injected, type(M).__name__)
# super corners
class Base:
    def who(self): return "Base"
    @classmethod
    def cm(cls): return f"Base.cm({cls.__name__})"
class Mid(Base):
    def who(self): return "Mid>" + super().who()
    @classmethod
    def cm(cls): return "Mid>" + super().cm()
class Leaf(Mid):
    def who(self): return "Leaf>" + super(Mid, self).who()
print(Leaf().who(), Leaf.cm(), super(Leaf, Leaf()).who())
class WithClassCell:
    def get(self): return __class__
print(WithClassCell().get() is WithClassCell)
