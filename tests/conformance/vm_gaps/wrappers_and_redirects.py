import types, sys, io, contextlib
class CM(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 1
class SM(staticmethod):
    def __init__(self, f):
        super().__init__(f)
        self.tag = "t"
class A:
    @CM
    def c(cls): return cls.__name__
    @SM
    def s(x): return x * 2
print(A.c(), A.s(4), A.__dict__["c"].extra, A.__dict__["s"].tag, A.__dict__["s"].__func__.__name__)
class M(types.ModuleType):
    def __init__(self, name):
        super().__init__(name, "doc!")
        self.extra = 5
m = M("hello")
print(m.__name__, m.__doc__, m.extra, isinstance(m, types.ModuleType), repr(m)[:16])
class Callable:
    def __call__(self, *a): return a
bm = types.MethodType(Callable(), "self")
print(bm(1, 2))
try:
    types.MethodType(3, 4)
except TypeError as e:
    print(e)
class D(dict):
    def __eq__(self, other): return "custom"
print({} == D(), D() == {})
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
buf = io.StringIO()
print("a", "b", sep="|", file=buf)
print(repr(buf.getvalue()))
with io.StringIO() as s:
    sys.stdout, old = s, sys.stdout
    try:
        print("inner")
        sys.stdout.write("w\n")
    finally:
        sys.stdout = old
    print(repr(s.getvalue()))
