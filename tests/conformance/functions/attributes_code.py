def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a + b
    local2 = [local1]
    return local2

co = f.__code__
print(co.co_name)
print(co.co_qualname)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals)
print(co.co_filename.rsplit("/", 1)[-1])
print(co.co_firstlineno)
print(co.co_freevars, co.co_cellvars)

def g():
    x = 1
    def h():
        return x
    return h

print(g.__code__.co_cellvars, g().__code__.co_freevars)
print(g.__code__.co_varnames)
print(type(co).__name__)
