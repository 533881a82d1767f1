import asyncio

async def ok(v, d=0.0):
    await asyncio.sleep(d)
    return v

async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("forever cancelled")
        raise

async def main():
    t = asyncio.create_task(ok(1), name="first")
    print(t.get_name(), t.done(), t.cancelled())
    print(await t, t.done(), t.result(), t.exception())
    t.set_name("renamed")
    print(t.get_name())
    try:
        t.set_result(5)
    except RuntimeError as e:
        print("RuntimeError:", e)

    b = asyncio.create_task(bad("boom"))
    try:
        await b
    except ValueError as e:
        print("awaited error:", e)
    print(b.done(), repr(b.exception()))
    try:
        b.result()
    except ValueError as e:
        print("result() raises", e)

    f = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("cancel:", f.cancel(), f.cancelling())
    print("cancel again:", f.cancel(), f.cancelling())
    try:
        await f
    except asyncio.CancelledError:
        print("caught CancelledError from awaiting cancelled task")
    print(f.cancelled(), f.done())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result of cancelled:", repr(e))
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception of cancelled:", type(e).__name__)
    print("cancel done:", f.cancel())

    # cancel with message
    f2 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    f2.cancel("stop now")
    try:
        await f2
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # cancel before it starts
    f3 = asyncio.create_task(ok(3))
    f3.cancel()
    try:
        await f3
    except asyncio.CancelledError:
        print("cancelled before start")

    # done callbacks
    def cb(fut):
        print("callback got", fut.result())
    t = asyncio.create_task(ok("cbval"))
    t.add_done_callback(cb)
    t.add_done_callback(lambda f: print("lambda cb"))
    await t
    print("after await")
    await asyncio.sleep(0)
    print("removed", t.remove_done_callback(cb))
    # current_task
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    # create_task with non-coroutine
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError:", e)
    # Future
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut)
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("future raised", repr(e))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut = loop.create_future()
    try:
        fut.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.isfuture(fut), asyncio.isfuture(t), asyncio.isfuture(1))
    print(asyncio.iscoroutine(ok(1)), asyncio.iscoroutinefunction(ok), asyncio.iscoroutinefunction(print))
    return "main done"

print(asyncio.run(main()))
