async def agen(n):
    for i in range(n):
        yield i * i
    print("agen done")

def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("awaitable suspended unexpectedly")

g = agen(3)
print(type(g).__name__)
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

async def collect():
    return [v async for v in agen(4)]
print(drive(collect()))

async def echo():
    received = yield "first"
    print("echo received", received)
    yield "second"
e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("hi")))
