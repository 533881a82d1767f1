import asyncio

cancelled = []

def show_cancelled():
    print("cancelled:", sorted(cancelled))
    cancelled.clear()

async def ok(name, d):
    try:
        await asyncio.sleep(d)
        print("ok", name)
        return name
    except asyncio.CancelledError:
        # (the order in which a group cancels its tasks is a set's order: not printed)
        cancelled.append(name)
        raise

async def fail(name, d, exc=ValueError):
    await asyncio.sleep(d)
    print("failing", name)
    raise exc(name)

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok("a", 0.01))
        t2 = tg.create_task(ok("b", 0))
        print("in group", repr(tg))
    print("results", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("c", 1))
            tg.create_task(fail("d", 0.01))
            tg.create_task(ok("e", 1))
            print("body done")
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))
        show_cancelled()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("f", 0, KeyError))
            tg.create_task(fail("g", 0, TypeError))
    except ExceptionGroup as eg:
        print(eg.message, sorted(type(e).__name__ for e in eg.exceptions))
    # body raises
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("h", 1))
            await asyncio.sleep(0)
            raise IndexError("body error")
    except ExceptionGroup as eg:
        print("body:", repr(eg), eg.exceptions)
        show_cancelled()
    # create after exit
    try:
        tg.create_task(ok("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    tg2 = asyncio.TaskGroup()
    try:
        tg2.create_task(ok("early", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    # nested task group with names
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ok("named", 0), name="my-name")
        print(t.get_name())
    # the parent is cancelled while waiting in the group
    async def canceller(task):
        await asyncio.sleep(0.01)
        task.cancel()
    inner_task = asyncio.current_task()
    c = asyncio.create_task(canceller(inner_task))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("i", 1))
            tg.create_task(ok("j", 1))
    except asyncio.CancelledError:
        print("group cancelled from outside")
        show_cancelled()
        inner_task.uncancel()
    await c
    print("end")

asyncio.run(main())
