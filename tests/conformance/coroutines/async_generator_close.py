async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")

async def catcher():
    try:
        yield "x"
    except ValueError as e:
        yield f"caught {e}"
c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("boom"))))
