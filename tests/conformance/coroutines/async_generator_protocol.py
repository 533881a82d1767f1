class Tick:
    """An awaitable that suspends once, handing `label` to the driver."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return f"{self.label}->{got}"

def run(coro):
    """A tiny driver: answers every suspension with its upper-cased label."""
    sent = None
    trace = []
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            trace.append(("done", e.value))
            return trace
        trace.append(out)
        sent = out.upper()

async def ticker(n):
    for i in range(n):
        r = await Tick(f"t{i}")
        yield (i, r)

async def main():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out
print(run(main()))

async def comp():
    return [x async for x in ticker(4) if x[0] % 2 == 0]
print(run(comp()))

g = ticker(2)
print(type(g).__name__, type(g.__anext__()).__name__, type(g.aclose()).__name__)
print(g.__aiter__() is g, g.ag_running, g.__name__, g.__qualname__)

async def bad():
    yield 1
    raise StopAsyncIteration
async def use_bad():
    return [x async for x in bad()]
try:
    run(use_bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

async def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        r = await Tick("cleanup")
        print("finally got", r)
async def closer():
    g = cleanup()
    first = await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return first, "exhausted"
print(run(closer()))

async def stubborn():
    ignored = False
    while True:
        try:
            yield "still"
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("ignoring exit")
async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(run(close_stubborn()))

async def thrower():
    try:
        yield 1
    except KeyError as e:
        yield f"handled {e!r}"
    yield 3
async def throw_in():
    g = thrower()
    a = await g.__anext__()
    b = await g.athrow(KeyError("k"))
    c = await g.__anext__()
    try:
        await g.athrow(ValueError("v"))
    except ValueError as e:
        d = f"propagated {e}"
    return a, b, c, d
print(run(throw_in()))

aw = ticker(1).__anext__()
print(run(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(e)

async def sender():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return
        got.append(x)
async def drive_sender():
    s = sender()
    out = [await s.asend(None)]
    for word in ["a", "b"]:
        out.append(await s.asend(word))
    try:
        await s.asend(None)
    except StopAsyncIteration:
        out.append("stop")
    return out
print(run(drive_sender()))

async def fresh():
    yield 1
try:
    fresh().asend("x").send(None)
except TypeError as e:
    print(e)
try:
    type(int | str)()
except TypeError as e:
    print(e)
