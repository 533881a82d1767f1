class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    squares = [i * i async for i in Ticker(4)]
    evens = {i async for i in Ticker(6) if i % 2 == 0}
    mapping = {i: str(i) async for i in Ticker(2)}
    return squares, sorted(evens), mapping

coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
