async def f(x):
    return (i async for i in x)
