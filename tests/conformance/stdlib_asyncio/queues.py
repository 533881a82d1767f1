import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stop")
            return
        print(name, "got", item)
        q.task_done()
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    print(q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(asyncio.QueueEmpty()))
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(str(q))
    print(q.get_nowait(), q.get_nowait())
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    # join with workers
    jq = asyncio.Queue()
    for i in range(6):
        jq.put_nowait(i)
    results = []
    async def worker(name):
        while True:
            item = await jq.get()
            results.append((name, item))
            await asyncio.sleep(0.001 * item)
            jq.task_done()
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await jq.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results), [type(r).__name__ for r in res])

    # get with timeout
    eq = asyncio.Queue()
    try:
        await asyncio.wait_for(eq.get(), 0.01)
    except TimeoutError:
        print("get timed out", eq.qsize(), str(eq))

asyncio.run(main())
