def f(a, b=[], *, c={}):
    b.append(a)
    return b
print(f(1), f(2), f(3, []))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = ([9],)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
def g(a, *, k=1): return a, k
g.__kwdefaults__ = {'k': 5}
print(g(1))
g.__kwdefaults__ = None
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g.__defaults__ = 5
except TypeError as e:
    print(e)
try:
    g.__kwdefaults__ = 5
except TypeError as e:
    print(e)
def outer():
    def inner():
        def innermost(): pass
        return innermost
    return inner, lambda: 0
i, l = outer()
print(i.__qualname__, l.__qualname__, i().__qualname__, l.__name__)
class K:
    def m(self):
        return lambda: 0
    class N:
        def q(self): pass
print(K.m.__qualname__, K().m().__qualname__, K.N.q.__qualname__, K.N.__qualname__)
def h(a: int, b: "str" = "x", *args: float, k: list = None, **kw: dict) -> bool: pass
print(h.__annotations__)
def h2(): pass
print(h2.__annotations__)
h2.__annotations__['x'] = 1
print(h2.__annotations__)
print(f.__name__, f.__module__, f.__doc__)
def doc():
    "docstring"
print(doc.__doc__)
doc.__name__ = 'renamed'
print(doc.__name__, doc.__qualname__, repr(doc).split(" at ")[0])
try:
    doc.__name__ = 5
except TypeError as e:
    print(e)
try:
    doc.__qualname__ = 5
except TypeError as e:
    print(e)
f.custom = 3
print(f.__dict__, f.custom)
try:
    print(f.missing)
except AttributeError as e:
    print(e)
c = h.__code__
print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_nlocals)
print(c.co_flags & 0x04, c.co_flags & 0x08, c.co_filename.endswith('.py'), c.co_firstlineno)
def clos():
    x = 1
    y = 2
    def inner():
        return x + y
    return inner
ci = clos()
print(ci.__code__.co_freevars, clos.__code__.co_cellvars, [c.cell_contents for c in ci.__closure__])
print(f.__closure__, type(f.__globals__), f.__globals__ is globals())
print(type(f).__name__, callable(f))
def gen(): yield 1
print(gen.__code__.co_flags & 0x20)
print(repr(lambda: 0)[:19])
del f.custom
print(f.__dict__)
try:
    del f.custom
except AttributeError as e:
    print(e)
f.__dict__ = {'z': 1}
print(f.z)
try:
    f.__dict__ = 1
except TypeError as e:
    print(e)
print(h.__kwdefaults__, h.__defaults__)
def nd(a): pass
print(nd.__defaults__, nd.__kwdefaults__)
print(sorted(k for k in dir(nd) if not k.startswith('__'))) 
try:
    del nd.__name__
except TypeError as e:
    print(e)
nd.__doc__ = "new"
print(nd.__doc__)
del nd.__doc__
print(nd.__doc__)
print(nd.__type_params__)
