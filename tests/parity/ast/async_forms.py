# async and await.
async def main(a, *, b=None):
    await sleep(1)
    result = await fetch(a)
    async for item in stream():
        print(item)
    else:
        pass
    async with session() as s, other():
        pass
    values = [x async for x in aiter()]
    sets = {x async for x in aiter() if await check(x)}
    gen = (await x for x in coros)
    mapping = {k: v async for k, v in pairs()}
    return await gather(*[f() for f in funcs])


async def agen():
    yield 1
    yield
    x = yield 2
    await (yield)


def gen():
    yield from other()
    x = yield from other()
    y = yield
    z = yield 1, 2


@decorator
async def decorated():
    pass
