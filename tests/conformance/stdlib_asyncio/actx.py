import asyncio, contextlib

@contextlib.asynccontextmanager
async def resource(name):
    print("acquire", name)
    try:
        yield name.upper()
    finally:
        print("release", name)

async def gen3():
    for i in range(3):
        yield i

async def main():
    async with resource("a") as r:
        print("using", r)
    try:
        async with resource("b"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("c"))
        y = await stack.enter_async_context(resource("d"))
        stack.callback(print, "sync callback")
        async def acb(m):
            print("async callback", m)
        stack.push_async_callback(acb, "m")
        print("stack body", x, y)
    async with contextlib.aclosing(gen3()) as g:
        async for v in g:
            print("v", v)
            if v == 1:
                break
    async with contextlib.nullcontext("nc") as n:
        print(n)
    @resource("deco")
    async def f():
        print("in decorated")
    try:
        await f()
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
