import asyncio

def bad_callback(x):
    raise ZeroDivisionError(f"callback {x}")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print("handled:", ctx["message"], repr(ctx["exception"]), ctx["handle"]))
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    print("loop survived")
    # a task that awaits itself
    async def selfawait():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(selfawait())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    # bad yield
    class BadAwaitable:
        def __await__(self):
            yield 42
    async def badyield():
        await BadAwaitable()
    try:
        await asyncio.create_task(badyield())
    except RuntimeError as e:
        print("RuntimeError:", e)
    # exception chaining through await
    async def level2():
        raise KeyError("deep")
    async def level1():
        try:
            await level2()
        except KeyError as e:
            raise ValueError("wrapped") from e
    try:
        await level1()
    except ValueError as e:
        print(repr(e), repr(e.__cause__))
    # StopIteration inside coroutine
    async def stopper():
        raise StopIteration("x")
    try:
        await asyncio.create_task(stopper())
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)
    # CancelledError is a BaseException
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.TimeoutError is TimeoutError, asyncio.InvalidStateError.__mro__[1].__name__)
    # shield
    async def precious():
        await asyncio.sleep(0.02)
        print("precious finished")
        return "kept"
    inner = asyncio.create_task(precious())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("shield timed out, inner cancelled?", inner.cancelled())
    print(await inner)
    loop.call_exception_handler({"message": "manual", "exception": ValueError("v")})
    return "end"

print(asyncio.run(main()))
