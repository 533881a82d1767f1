def f(a, /, b, *, c):
    z = 1
    return a + b + c + z
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_qualname)
print(type(co).__name__, co.co_consts[:1] if False else "consts", bool(co.co_flags & 0x20), co.co_firstlineno)
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
c2 = compile("x = 1", "<str>", "exec")
print(c2.co_name, c2.co_filename, c2.co_names, type(c2).__name__)
