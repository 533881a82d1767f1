async def f(x):
    return [await j for j in x]
