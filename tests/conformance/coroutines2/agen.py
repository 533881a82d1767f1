import inspect, types
async def ag(n):
    try:
        for i in range(n):
            x = yield i
            if x is not None:
                print("ag got", x)
    finally:
        print("ag finally")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    g = ag(3)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(g.ag_running, g.ag_frame is not None, g.ag_await, g.ag_code.co_name)
    print(inspect.isasyncgen(g), inspect.isasyncgenfunction(ag), isinstance(g, types.AsyncGeneratorType))
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration again")

    g = ag(5)
    print(await anext(g))
    try:
        await g.athrow(ValueError("thrown"))
    except ValueError as e:
        print("ValueError:", e)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed after throw")

    g = ag(5)
    await anext(g)
    print(await g.aclose())
    print(await g.aclose())

    async def catching():
        while True:
            try:
                yield 1
            except ValueError as e:
                print("catching", e)
                yield "caught"
    g = catching()
    await anext(g)
    print(await g.athrow(ValueError("v")))
    print(await anext(g))

    async def ignoring():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignoring()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    g = ag(2)
    try:
        await g.asend(1)
    except TypeError as e:
        print("TypeError:", e)
    print(await anext(g, "x"), await anext(g, "x"), await anext(g, "x"))
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter([1])
    except TypeError as e:
        print("TypeError:", e)

    a = g.asend(None)
    print(type(a).__name__)
    print(repr(g).startswith("<async_generator object main.<locals>.ag" if False else "<async_generator object ag at 0x"))

    async def stopper():
        yield 1
        raise StopAsyncIteration
    try:
        async for v in stopper():
            print("v", v)
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def retval():
        yield 1
    # return with value not allowed in async generator -> compile-time error tested separately
    aw = anext(ag(1))
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
run(main())
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    compile("async def f():\n    yield from [1]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    compile("def f():\n    await x\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    compile("def f():\n    async for x in y: pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)
