import inspect, sys, types

class Wrap:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def leaf():
    return await Suspend()

async def mid():
    return await Wrap(leaf())

def run(c, *sends):
    out = [c.send(None)]
    try:
        for s in sends:
            out.append(c.send(s))
    except StopIteration as e:
        out.append(("return", e.value))
    return out

print(run(mid(), "value"))
w = leaf().__await__()
print(type(w).__name__, iter(w) is w, hasattr(w, "send"))
print(next(w))
try:
    w.send(5)
except StopIteration as e:
    print("wrapper stop", e.value)
c = leaf()
aw = c.__await__()
try:
    aw.throw(ValueError("into wrapper"))
except ValueError as e:
    print("ValueError:", e)
print(inspect.getcoroutinestate(c))

async def locals_demo(a):
    b = a * 2
    await Suspend()
c = locals_demo(3)
print(inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinelocals(c))
print(type(c.cr_await).__name__, c.cr_frame.f_code.co_name)
c.close()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))

# close() on a coroutine suspended inside await: GeneratorExit reaches the awaitable
class Noisy:
    def __await__(self):
        try:
            yield "x"
        except GeneratorExit:
            print("awaitable got GeneratorExit")
            raise
async def uses_noisy():
    try:
        await Noisy()
    finally:
        print("coroutine finally")
c = uses_noisy()
c.send(None)
c.close()

# return in finally overrides
async def ret_finally():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(run(ret_finally()) if False else None)
try:
    ret_finally().send(None)
except StopIteration as e:
    print(e.value)

# coroutine that raises StopIteration
async def raises_stop():
    raise StopIteration("inner")
try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

# async generator errors
async def ag():
    yield 1
    yield 2
async def drive():
    g = ag()
    a1 = g.__anext__()
    print(a1.send(None) if False else "")
    return g
g = ag()
a = g.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
t = g.athrow(ValueError)
try:
    t.send(None)
except ValueError:
    print("athrow raised ValueError")
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.ag_frame, g.ag_running)
print(sys.get_coroutine_origin_tracking_depth())
print(types.coroutine(lambda: 1)())
@types.coroutine
def legacy():
    x = yield "legacy"
    return x
async def uses_legacy():
    return await legacy()
print(run(uses_legacy(), "sent-in"))
