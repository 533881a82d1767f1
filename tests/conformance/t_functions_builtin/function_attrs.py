def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__, type(f).__name__)
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames, c.co_filename == __file__ if False else "file", c.co_qualname)
print(f.__annotations__, f.__dict__, f.__globals__ is globals(), f.__closure__)
f.__defaults__ = (10,)
print(f(1, c=0))
f.attr = "set"
print(f.attr, f.__dict__)
