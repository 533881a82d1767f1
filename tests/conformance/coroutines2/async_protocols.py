class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async for i in AIter(3):
        print("item", i)
    else:
        print("for-else")
    async with ACM("a") as m:
        print("inside", m.name)
    async with ACM("b", True):
        raise ValueError("suppressed")
    print("after suppress")
    try:
        async with ACM("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    async with ACM("x") as x, ACM("y") as y:
        print("both", x.name, y.name)
    print([i async for i in AIter(4)])
    print([i async for i in AIter(4) if i % 2])
    print({i: i * i async for i in AIter(2)})
    print({i async for i in AIter(3)})
    g = (i * 10 async for i in AIter(3))
    print(type(g).__name__)
    print([v async for v in g])
    return "done"
print(run(main()))

async def errors():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    class NoANext:
        def __aiter__(self):
            return self
    try:
        async for x in NoANext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadANext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for x in BadANext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class OnlyEnter:
        async def __aenter__(self):
            return self
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class SyncCM:
        def __enter__(self): return self
        def __exit__(self, *a): pass
    try:
        async with SyncCM():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadEnter:
        def __aenter__(self):
            return 1
        def __aexit__(self, *a):
            return 2
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with ACM("sync"):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in AIter(2):
            pass
    except TypeError as e:
        print("TypeError:", e)
run(errors())
