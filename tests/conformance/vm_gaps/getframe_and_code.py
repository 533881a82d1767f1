# sys._getframe, frame objects, code attributes and code.replace, traceback objects.
import sys


def f(a, b=2, *args, c, **kw):
    x = 5
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, sorted(sys._getframe().f_locals))
    print(fr.f_globals is globals(), fr.f_back.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
    print(type(fr.f_builtins).__name__, "len" in fr.f_builtins)
    return x


def g():
    return f(1, c=3)


g()
c = f.__code__
print(c.co_name, c.co_filename.endswith("getframe_and_code.py"), c.co_firstlineno)
print(c.co_varnames, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount)
print(c.co_flags & 0x0C)
c2 = c.replace(co_name="zz", co_firstlineno=99)
print(c2.co_name, c2.co_firstlineno, c.co_name, c.co_firstlineno)
try:
    c.replace(co_name=3)
except TypeError as e:
    print("TypeError")
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)


def h():
    raise KeyError(1)


try:
    h()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name)
print(sys._getframe().f_back)


class K:
    where = sys._getframe().f_code.co_name
    names = sorted(n for n in sys._getframe().f_locals if not n.startswith("__"))
    inner = 1


print(K.where, K.names)


def caller_module():
    return sys._getframe(1).f_globals["__name__"]


print(caller_module())


def outer():
    v = 10

    def inner():
        return sys._getframe().f_locals, sys._getframe(1).f_code.co_name, v

    return inner()


print(outer())


def walk():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def a1():
    local_a = 1
    return b1()


def b1():
    back = sys._getframe().f_back
    return walk(), sorted(back.f_locals), back.f_back.f_code.co_name == sys._getframe(2).f_code.co_name, back.f_back.f_code.co_name


print(a1())
fr = sys._getframe()
print(fr.f_back is fr.f_back, fr.f_code.co_name, fr.f_globals["__name__"])
r = repr(sys._getframe())
print(r[:10], r.split(",", 1)[1])


def in_function():
    return repr(sys._getframe()).split(",", 1)[1]


print(in_function())
