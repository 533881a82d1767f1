from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, nullcontext, ExitStack,
                        contextmanager, AbstractAsyncContextManager, suppress, closing)
import functools

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def main():
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("bad"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        b = await stack.enter_async_context(resource("b"))
        stack.push_async_callback(cb, "async cb")
        stack.callback(print, "sync cb")
        print("inside", a, b)
    async with nullcontext("n") as n:
        print("null", n)
    class AGen:
        async def aclose(self):
            print("aclosed")
    async with aclosing(AGen()) as g:
        print(type(g).__name__)
    @resource("deco")
    async def decorated(x):
        print("in decorated", x)
        return x + 1
    print(await decorated(1))
    return "done"

async def cb(msg):
    print(msg)

print(run(main()))
print(issubclass(type(resource("x")), AbstractAsyncContextManager))

