import asyncio, traceback

async def bad():
    await asyncio.sleep(0)
    raise ValueError("task failed")

async def main():
    t = asyncio.create_task(bad())
    try:
        await t
    except ValueError:
        traceback.print_exc()
    try:
        await bad()
    except ValueError:
        traceback.print_exc()
    try:
        await asyncio.gather(bad())
    except ValueError:
        traceback.print_exc()
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("fut"))
    try:
        await fut
    except KeyError:
        traceback.print_exc()
    try:
        t.result()
    except ValueError:
        traceback.print_exc()

asyncio.run(main())
