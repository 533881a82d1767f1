import asyncio
import time

async def fetch(i):
    await asyncio.sleep(0.01 * (3 - i))
    return i * 10

async def producer_consumer():
    q = asyncio.Queue()
    async def prod():
        for i in range(3):
            await q.put(i)
            print("produced", i)
        await q.put(None)
    async def cons():
        while (item := await q.get()) is not None:
            print("consumed", item)
    await asyncio.gather(prod(), cons())

async def with_semaphore():
    sem = asyncio.Semaphore(1)
    order = []
    async def w(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*[w(i) for i in range(4)])
    print(order)

async def cancel_cleanup():
    started = asyncio.Event()
    async def long():
        started.set()
        try:
            await asyncio.sleep(10)
        finally:
            print("cleanup on cancel")
    t = asyncio.create_task(long())
    await started.wait()
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__)

async def suppress_cancel():
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("ignoring cancel")
            return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

async def timing():
    start = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(0.05) for _ in range(5)))
    el = time.monotonic() - start
    print("concurrent sleeps", 0.04 < el < 0.5)

async def main():
    print(await asyncio.gather(*(fetch(i) for i in range(3))))
    results = []
    for coro in asyncio.as_completed([fetch(i) for i in range(1)]):
        results.append(await coro)
    print(results)
    await producer_consumer()
    await with_semaphore()
    await cancel_cleanup()
    await suppress_cancel()
    await timing()
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(max, 4, 9))
    r = await asyncio.wait_for(asyncio.shield(fetch(2)), 1)
    print(r)
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([i async for i in agen()], [i async for i in agen() if i])
    print(sum([i async for i in agen()]))
    tasks = {asyncio.create_task(fetch(i), name=f"f{i}"): i for i in range(3)}
    done, _ = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), sorted(t.get_name() for t in done))

asyncio.run(main())
