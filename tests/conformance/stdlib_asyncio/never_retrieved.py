import asyncio

async def bad():
    raise ValueError("nobody looks at me")

async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("after del")
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
