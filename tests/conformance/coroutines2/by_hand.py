import types, inspect

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        print("__await__ called")
        x = yield ("suspend", self.v)
        print("resumed with", x)
        return self.v * 2

async def inner(v):
    r = await Awaitable(v)
    return r + 1

async def main():
    a = await inner(1)
    b = await inner(10)
    return a + b

c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
print(inspect.getcoroutinestate(c))
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_suspended)
print(c.send(None))
print(inspect.getcoroutinestate(c), c.cr_suspended)
print(type(c.cr_await).__name__, c.cr_await.__qualname__)
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print("RuntimeError:", e)
except ValueError as e:
    print("ValueError:", e)
c.close()

# throw into a coroutine
async def catcher():
    try:
        await Awaitable(5)
    except KeyError as e:
        print("catcher caught", e)
        return "handled"
c = catcher()
c.send(None)
try:
    c.throw(KeyError("kk"))
except StopIteration as e:
    print("value", e.value)

# await a non-awaitable
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

async def bad2():
    await [1]
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad3():
    await BadAwait()
try:
    bad3().send(None)
except TypeError as e:
    print("TypeError:", e)

class CoroAwait:
    def __await__(self):
        return inner(1)
async def bad4():
    await CoroAwait()
co = bad4()
try:
    co.send(None)
except TypeError as e:
    print("TypeError:", e)

# awaiting same coroutine twice
async def simple():
    return 1
async def twice():
    s = simple()
    print(await s)
    print(await s)
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration as e:
    print("stop", e.value)

# types.coroutine
@types.coroutine
def gen_coro():
    v = yield "from-gen"
    return v

async def uses_gen():
    r = await gen_coro()
    return "got " + str(r)
c = uses_gen()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print(e.value)
print(inspect.iscoroutinefunction(uses_gen), inspect.iscoroutinefunction(gen_coro), inspect.isawaitable(gen_coro()))
print(inspect.iscoroutine(uses_gen()), inspect.isawaitable(uses_gen()))

# coroutine send non-None to just-started
c = main()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

# iterating a coroutine
try:
    iter(simple())
except TypeError as e:
    print("TypeError:", e)
try:
    next(simple())
except TypeError as e:
    print("TypeError:", e)

import warnings
warnings.simplefilter("ignore")
