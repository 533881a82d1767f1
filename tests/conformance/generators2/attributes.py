import inspect
def gen(a, b=2):
    x = a + b
    yield x
    y = yield from sub()
    yield y

def sub():
    yield "s"
    return "r"

g = gen(1)
print(g.__name__, g.__qualname__)
print(type(g).__name__, type(g))
print(g.gi_code.co_name, g.gi_code is gen.__code__)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(inspect.getgeneratorstate(g))
print(g.gi_frame is not None, g.gi_frame.f_lineno if g.gi_frame else None)
print(sorted(g.gi_frame.f_locals.items()))
print(next(g))
print(inspect.getgeneratorstate(g), g.gi_suspended)
print(g.gi_frame.f_lineno)
print(sorted(inspect.getgeneratorlocals(g).items()))
print(next(g))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(next(g))
print(g.gi_yieldfrom)
print(next(g, "end"))
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_suspended)

class C:
    def method(self):
        yield 1
    @staticmethod
    def st():
        yield 2
    class Inner:
        def deep(self):
            def local():
                yield 3
            return local()
c = C()
print(c.method().__qualname__, C.st().__qualname__, C.Inner().deep().__qualname__)
x = c.method()
x.__name__ = "renamed"
x.__qualname__ = "Q.renamed"
print(x.__name__, x.__qualname__)
try:
    x.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    x.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    del x.__name__
except TypeError as e:
    print("TypeError:", e)
print(repr(gen(1)).startswith("<generator object gen at 0x"))
print(repr(c.method()).startswith("<generator object C.method at 0x"))
ge = (i for i in range(3))
print(ge.__name__, ge.__qualname__, repr(ge).startswith("<generator object <genexpr> at"))
print(inspect.isgenerator(ge), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(sub()))
import types
print(isinstance(ge, types.GeneratorType), types.GeneratorType)
print(hasattr(ge, "__next__"), hasattr(ge, "__iter__"), iter(ge) is ge)
print(gen.__code__.co_flags & 0x20 != 0)
try:
    x.gi_running = True
except AttributeError as e:
    print("AttributeError:", e)
import collections.abc as cabc
print(isinstance(ge, cabc.Generator), isinstance(ge, cabc.Iterator))
