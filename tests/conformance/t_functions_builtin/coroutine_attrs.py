async def coro(x):
    return x * 2
c = coro(21)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c2 = coro(1)
c2.close()
print(c2.cr_frame)
