class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("awaiting", self.value)
        return self.value
        yield

async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y

async def main():
    r = await add(1, 2)
    print("sum", r)
    return r * 10

coro = main()
print(type(coro).__name__, coro.__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
