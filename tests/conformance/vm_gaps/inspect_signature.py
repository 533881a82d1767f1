import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind, p.default, p.kind.name)
print(sig.return_annotation)
def g(x: int, y: "str" = "q"): pass
print(inspect.signature(g))
print(inspect.signature(lambda *a, **k: 0))
class C:
    def m(self, x, y=1): pass
print(inspect.signature(C.m), inspect.signature(C().m))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C().m), inspect.isfunction(len), inspect.isbuiltin(len))
def gen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(f), inspect.ismodule(inspect))
print([n for n, v in inspect.getmembers(C) if not n.startswith("__")])
print(inspect.Parameter.POSITIONAL_ONLY, str(inspect.Parameter.KEYWORD_ONLY))
print(inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=3))
b = sig.bind(1, d=4)
print(b.arguments)
print(inspect.signature(f).parameters["a"].empty is inspect.Parameter.empty)
import functools


class P:
    def __init__(self, a, *, b=1):
        pass


class Q:
    def __call__(self, z, /):
        pass


print(inspect.signature(P), inspect.signature(Q()), inspect.signature(functools.partial(f, 1, 2)))


@functools.wraps(g)
def wrapper(*a, **k):
    return g(*a, **k)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
print(repr(inspect.signature(g)), repr(inspect.signature(g).parameters["y"]))
for bad in [(), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        inspect.signature(g).bind(*bad)
    except TypeError as e:
        print(e)
ba = inspect.signature(g).bind(1)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
try:
    inspect.signature(3)
except TypeError as e:
    print(e)
print(inspect.getdoc(P), inspect.cleandoc("  a\n    b\n   c\n"))
print(inspect.getsource(g), end="")
print(inspect.currentframe().f_code.co_name, inspect.getmodule(P).__name__)
print(inspect.isabstract(int), inspect.isroutine(len), inspect.iscode(f.__code__))
print(inspect.Parameter.KEYWORD_ONLY.description, int(inspect.Parameter.VAR_KEYWORD))
try:
    inspect.Signature([inspect.Parameter("a", 3), inspect.Parameter("b", 1)])
except ValueError as e:
    print(e)
