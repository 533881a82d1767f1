async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first run", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def g():
    await 5
try:
    g().send(None)
except TypeError as e:
    print(e)

class NotAwaitable:
    pass
async def h():
    await NotAwaitable()
try:
    h().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 5
async def k():
    await BadAwait()
try:
    k().send(None)
except TypeError as e:
    print(e)
c3 = f()
try:
    iter(c3)
except TypeError as e:
    print(e)
c3.close()
c2 = f()
c2.close()
print("closed without running")
