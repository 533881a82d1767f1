import asyncio

async def slow(d, v="slow"):
    try:
        await asyncio.sleep(d)
        return v
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    print(await asyncio.wait_for(slow(0.01, "fast enough"), timeout=1))
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, repr(e.__cause__))
    try:
        await asyncio.wait_for(slow(1), timeout=0)
    except TimeoutError:
        print("timeout=0 TimeoutError")
    print(await asyncio.wait_for(slow(0, "none timeout"), None))
    async with asyncio.timeout(1) as cm:
        print(type(cm).__name__, cm.expired())
        await asyncio.sleep(0.01)
    print("after timeout block", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("timeout expired", cm.expired(), repr(e))
    async with asyncio.timeout(None) as cm:
        print(repr(cm.when()))
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable?")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout fired")
    t = asyncio.timeout(1)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(t))
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(0)
            print("timeout_at in past: still runs up to first suspension")
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout_at expired")

asyncio.run(outer())
