async def g():
    x = [y async for y in z]
def h():
    return [y async for y in z]
