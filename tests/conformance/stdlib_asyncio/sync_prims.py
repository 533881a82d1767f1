import asyncio

async def locker(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    print(lock.locked(), "[unlocked]" in repr(lock))
    log = []
    await asyncio.gather(*(locker(lock, n, log) for n in "abc"))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print(lock.locked(), "[locked]" in repr(lock))
    lock.release()

    ev = asyncio.Event()
    async def waiter(n):
        print("waiting", n)
        await ev.wait()
        print("woke", n)
        return n
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set(), "waiters:3" in repr(ev))
    ev.set()
    print(await asyncio.gather(*ts))
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = 0
    async def limited(n):
        nonlocal active
        async with sem:
            active += 1
            print("enter", n, "active", active)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            active -= 1
            print("leave", n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(sem.locked(), "value:2" in repr(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "got", items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        items.append("y")
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    barrier = asyncio.Barrier(3)
    async def party(n):
        print("party", n, "arrives")
        i = await barrier.wait()
        print("party", n, "passes")
    await asyncio.gather(*(party(i) for i in range(3)))
    print(barrier.n_waiting, barrier.broken, barrier.parties)

asyncio.run(main())
