# Regressions fixed together: keyword merging, class statement errors, identities, reprs.
def show(**kw):
    return sorted(kw.items())

class Obj:
    def method(self, **kw):
        return kw

d = {"p": 1}
for call in (lambda: show(**d, p=2), lambda: Obj().method(**d, q=0, p=3), lambda: show(**d, **{"p": 4})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(show(p=1, **{"q": 2}), show(**{"a": 1}, b=2))
for src in ("f(a=1, a=2)", "f(x, b=1, c=2, b=3)", "class C(k=1, k=2): pass"):
    try:
        compile(src, "<s>", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset)

class A: pass
class B(A): pass
for bases in ((A, A), (A, B), (int, str), (B, A)):
    try:
        C = type("C", bases, {})
        print(C.__mro__)
    except TypeError as e:
        print("TypeError:", e)
try:
    class FromInt(3, 4):
        pass
except TypeError as e:
    print("TypeError:", e)

s, t, b = "abc", (1, 2), b"xy"
print(s[:] is s, t[:] is t, b[:] is b, s[::-1] is s, s[0:3] is s, [1][:] is [1])

class K:
    calls = 0
    def __hash__(self):
        K.calls += 1
        return 1
{K(), K(), K()}
print("hash calls", K.calls)

try:
    raise ValueError("x")
except ValueError as e:
    print(e.__traceback__ is e.__traceback__)

def f(): return 1
print(callable(staticmethod(f)), callable(classmethod(f)))
p = property(lambda self: 1, None, None, "the doc")
print(p.__doc__, property(f).__doc__, property(doc="only").__doc__)
print(repr(A().__init__).split(" of ")[0], repr(A.__format__).split(" at ")[0])
async def coro():
    return 1
c = coro()
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(e)
class S:
    __slots__ = ("a",)
s1 = S()
try:
    s1.a
except AttributeError as e:
    print(e)
s1.a = 1
try:
    s1.b = 2
except AttributeError as e:
    print(e)
print(s1.a)
pp = property(f, doc="d")
try:
    pp.extra = 1
except AttributeError as e:
    print(e)
