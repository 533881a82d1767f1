import traceback

def inner():
    yield 1
    raise ValueError("inner failed")

def middle():
    yield from inner()

def outer():
    yield from middle()

g = outer()
next(g)
try:
    next(g)
except ValueError:
    traceback.print_exc()

def thrower():
    try:
        yield 1
    except KeyError:
        raise TypeError("converted")

t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except TypeError:
    traceback.print_exc()

def deleg():
    yield from thrower()
d = deleg()
next(d)
try:
    d.throw(KeyError("via delegate"))
except TypeError:
    traceback.print_exc()

def genexp_fail():
    return list(1 / x for x in [1, 0])
try:
    genexp_fail()
except ZeroDivisionError:
    traceback.print_exc()

async def coro_fail():
    raise RuntimeError("coro")
async def coro_outer():
    await coro_fail()
c = coro_outer()
try:
    c.send(None)
except RuntimeError:
    traceback.print_exc()

def final():
    yield 1
    1 / 0
for x in final():
    pass
