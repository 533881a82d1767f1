import asyncio

async def job(name, delay, fail=False):
    print("start", name)
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    print("end", name)
    return name

async def main():
    print(await asyncio.gather(job("a", 0.2), job("b", 0.1), job("c", 0)))
    r = await asyncio.gather(job("d", 0.1), job("e", 0, True), job("f", 0.2), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(job("g", 0, True), job("h", 0.2))
    except RuntimeError as e:
        print("gather raised", e)
    await asyncio.sleep(0.3)
    print(await asyncio.gather())
    # gather same coroutine object twice? same task twice
    t = asyncio.create_task(job("same", 0))
    print(await asyncio.gather(t, t))
    # gather cancel
    g = asyncio.gather(job("x", 1), job("y", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    # wait
    t1 = asyncio.create_task(job("w1", 0.01))
    t2 = asyncio.create_task(job("w2", 0.3))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), t1 in done, t2 in pending)
    done, pending = await asyncio.wait([t1, t2])
    print(len(done), len(pending))
    t3 = asyncio.create_task(job("w3", 1))
    done, pending = await asyncio.wait([t3], timeout=0.01)
    print(len(done), len(pending))
    t3.cancel()
    t4 = asyncio.create_task(job("w4", 0, True))
    t5 = asyncio.create_task(job("w5", 0.3))
    done, pending = await asyncio.wait([t4, t5], return_when=asyncio.FIRST_EXCEPTION)
    print(t4 in done, t5 in pending, repr(t4.exception()))
    await t5
    for bad in ([], job("c", 0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if not isinstance(bad, list):
            bad.close()
    try:
        await asyncio.wait([t5], return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    c = job("coro", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    # as_completed
    order = []
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("p", 0.3), ("q", 0.1), ("r", 0.2))]
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print(order)
    try:
        for fut in asyncio.as_completed([job("slow", 1)], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0)

asyncio.run(main())
