class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def main():
    total = 0
    async for v in AsyncRange(3):
        print("got", v)
        total += v
    else:
        print("async for else")
    async for v in AsyncRange(5):
        if v > 20:
            break
    print("broke at", v)
    return total

c = main()
try:
    c.send(None)
except StopIteration as e:
    print("total", e.value)
