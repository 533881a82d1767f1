import asyncio

async def worker(name, n, delay=0):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    print(f"{name} done")
    return name.upper()

async def main():
    print("main start")
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("tasks created", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("main after sleep(0)")
    r = await t1
    print("t1 result", r)
    print("t2 done?", t2.done())
    r2 = await t2
    print("t2 result", r2)
    results = await asyncio.gather(worker("x", 2), worker("y", 1), worker("z", 3))
    print(results)
    # call_soon ordering vs tasks
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t = asyncio.create_task(worker("c", 1))
    loop.call_soon(print, "callback 2")
    await asyncio.sleep(0)
    print("after yield")
    await t
    # timers
    loop.call_later(0.2, print, "later 0.2")
    loop.call_later(0.1, print, "later 0.1")
    loop.call_soon(print, "soon")
    await asyncio.sleep(0.3)
    print("main end")
    return 42

print(asyncio.run(main()))
