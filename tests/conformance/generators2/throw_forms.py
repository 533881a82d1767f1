import sys
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args, e.__traceback__ is not None)

it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError("inst"))
it.throw(ValueError, "val")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError, None)
try:
    raise KeyError("tb")
except KeyError as e:
    tb = e.__traceback__
it.throw(KeyError, KeyError("x"), tb)
try:
    it.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(int)
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(ValueError, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw()
except TypeError as e:
    print("TypeError:", e)

# throw into a not-started generator
def h():
    print("never")
    yield
x = h()
try:
    x.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
print(next(x, "done"))

# throw into finished generator
try:
    x.throw(IndexError)
except IndexError as e:
    print("finished throw:", repr(e))

# throw that the generator doesn't handle: traceback
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(ZeroDivisionError("zz"))
except ZeroDivisionError as e:
    print("propagated", e)
    t = e.__traceback__
    n = 0
    while t:
        n += 1
        print(t.tb_frame.f_code.co_name, t.tb_lineno)
        t = t.tb_next

# throw StopIteration into generator -> RuntimeError? no, it's raised at yield
def s():
    yield 1
    yield 2
ss = s()
next(ss)
try:
    ss.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
except StopIteration:
    print("plain StopIteration")
