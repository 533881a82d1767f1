import asyncio, sys

print(sys.get_asyncgen_hooks())
seen = []
def first(agen):
    seen.append(("first", agen.__name__))
def fin(agen):
    seen.append(("fin", agen.__name__))
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin, len(h), type(h).__name__)
try:
    sys.set_asyncgen_hooks(finalizer=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(firstiter="x")
except TypeError as e:
    print("TypeError:", e)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(seen)
print(drive(g.__anext__()))
print(seen)
del g
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers closed")

async def main():
    it = numbers()
    async for n in it:
        if n == 2:
            break
    print("main returns")
    return "done"

print(asyncio.run(main()))
