class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def agen():
    yield 1
    yield 2
async def main():
    it = aiter(AI())
    print(await anext(it), await anext(it))
    g = agen()
    print(await anext(g), await anext(g), await anext(g, "done"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    try: aiter(3)
    except TypeError as e: print(e)
    try: anext(3)
    except TypeError as e: print(e)
c = main()
try:
    c.send(None)
except StopIteration:
    print("finished")
