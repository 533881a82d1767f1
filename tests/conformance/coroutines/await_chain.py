class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield f"tick {self.v}"
        return self.v

async def level3(x):
    return await Value(x) * 2

async def level2(x):
    a = await level3(x)
    b = await level3(x + 1)
    return a + b

async def level1():
    return await level2(1) + await level2(10)

c = level1()
ticks = []
while True:
    try:
        ticks.append(c.send(None))
    except StopIteration as e:
        print("result", e.value)
        break
print(ticks)
