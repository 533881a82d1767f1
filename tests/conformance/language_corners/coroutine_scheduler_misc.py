import sys
class Task:
    def __init__(self, coro, name): self.coro, self.name, self.result = coro, name, None
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        yield ("sleep", self.n)
class Loop:
    def __init__(self): self.ready = []; self.log = []
    def spawn(self, coro, name): t = Task(coro, name); self.ready.append(t); return t
    def run(self):
        while self.ready:
            t = self.ready.pop(0)
            try:
                cmd = t.coro.send(None)
                self.log.append((t.name, cmd))
                self.ready.append(t)
            except StopIteration as e:
                t.result = e.value
                self.log.append((t.name, "done", e.value))
async def worker(n):
    total = 0
    for i in range(n):
        await Sleep(i)
        total += i
    return total
async def parent(loop):
    a = await worker(2)
    return a * 10
loop = Loop()
t1 = loop.spawn(worker(3), "w3")
t2 = loop.spawn(parent(loop), "parent")
loop.run()
print(loop.log)
print(t1.result, t2.result)
class AsyncCM:
    async def __aenter__(self): print("aenter"); return self
    async def __aexit__(self, *exc): print("aexit", exc[0]); return False
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        await Sleep(0)
        return self.i
async def use():
    async with AsyncCM() as cm:
        vals = [v async for v in AIter()]
    async for v in AIter():
        if v == 2: break
    return vals, v
c = use()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
async def never(): pass
co = never()
print(type(co).__name__, co.cr_running)
co.close()
import functools
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)))
print("a", "b", sep="-", end="!\n")
print("to stderr", file=sys.stderr)
fns = [lambda: i for i in range(3)]
print([f() for f in fns], [ (lambda i=i: i)() for i in range(3)])
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.count_at = self.count
a, b = Counter(), Counter()
print(Counter.count, a.count_at, b.count_at)
class StrOnly:
    def __str__(self): return "str!"
print(str(StrOnly()), repr(StrOnly())[:10], f"{StrOnly()}", "%s" % StrOnly())
print(2 ** 200, -(2 ** 65) // 3, (2 ** 64) % 7, int("9" * 30) + 1, 10 ** 20 / 3)
print("%5.2f|%-4d|%x|%r|%c" % (3.14159, 7, 255, "s", 65), "{:>8}|{:<4}|{:^6}".format("r", "l", "c"))
print(max([], default="empty"), min(3, 1, 2), max("abc", key=ord), sum(range(101)), any([]), all([]))
print(list(zip("ab", [1, 2, 3])), dict(zip("ab", [1, 2])), list(enumerate("xy", 1)), list(reversed(range(3))))
print(isinstance(True, int), type(True) is bool, 1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b"})
