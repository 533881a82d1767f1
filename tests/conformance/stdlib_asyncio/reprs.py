import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return "w"

async def failing():
    raise ValueError("bad")

async def main():
    t = asyncio.create_task(worker(), name="worker-task")
    print(t)
    await asyncio.sleep(0)
    print(t)
    t.cancel()
    print(t)
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(print)
    def named(fut):
        pass
    f.add_done_callback(named)
    print(repr(f).replace(__file__, "FILE"))
    f.add_done_callback(named)
    print(repr(f).replace(__file__, "FILE"))
    f.cancel()
    print(f)
    f2 = loop.create_future()
    f2.set_result("x" * 100)
    print(f2)
    f3 = loop.create_future()
    f3.set_exception(ValueError("e"))
    print(f3)
    f3.exception()
    t2 = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(t2)
    t2.exception()
    h = loop.call_soon(print, "h")
    print(h)
    h.cancel()
    print(h)
    th = loop.call_later(10, print)
    print(repr(th).split(" when=")[0])
    th.cancel()
    print(asyncio.current_task().get_name())
    print(type(t), type(f), asyncio.Task.__name__, asyncio.Future.__qualname__)
    q = asyncio.Queue()
    print(str(q))
    print(asyncio.Lock().__repr__().endswith("[unlocked]>"))
    ev = asyncio.Event()
    print(repr(ev).split(" object at ")[0], repr(ev).endswith("[unset]>"))
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(worker())
        print(repr(tg))
    print(repr(asyncio.timeout(None)))
    print(asyncio.CancelledError(), repr(asyncio.CancelledError("m")))

asyncio.run(main())
