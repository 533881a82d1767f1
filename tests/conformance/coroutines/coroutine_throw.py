class Pause:
    def __await__(self):
        yield "paused"

async def guarded():
    try:
        await Pause()
    except ValueError as e:
        print("coroutine caught", e)
        return "handled"
    return "not thrown"

c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("result", e.value)

async def cleanup():
    try:
        await Pause()
    finally:
        print("cleanup ran")
c = cleanup()
c.send(None)
c.close()
print(c.cr_frame)
