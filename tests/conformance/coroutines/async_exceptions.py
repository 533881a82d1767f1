class Fail:
    def __await__(self):
        raise KeyError("from __await__")
        yield

async def inner():
    await Fail()

async def middle():
    try:
        await inner()
    except KeyError as e:
        print("middle caught", e)
        raise ValueError("converted") from e

async def outer():
    try:
        await middle()
    except ValueError as e:
        return f"outer: {e} (cause {e.__cause__!r})"

try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
