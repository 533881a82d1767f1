async def f(x):
    await x
    async for i in x:
        pass
    async with x as y:
        pass
    return [j async for j in x]

async def g():
    yield 1
