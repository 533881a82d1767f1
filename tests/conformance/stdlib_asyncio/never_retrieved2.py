import asyncio

async def bad(n):
    await asyncio.sleep(0)
    raise KeyError(n)

async def main():
    asyncio.create_task(bad(1))
    t = asyncio.create_task(bad(2))
    await asyncio.sleep(0.01)
    t = None
    print("dropped")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError("future never retrieved"))
    fut = None
    print("main end")

asyncio.run(main())
print("after run")
