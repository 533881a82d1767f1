import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker cleanup")

async def main():
    async for v in ticker(5):
        print("got", v)
        if v == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    g = ticker(3)
    print(await g.__anext__())
    await g.aclose()
    print([x async for x in ticker(3)])
    t = asyncio.current_task()
    print(t.get_name())
    print(asyncio.create_task(asyncio.sleep(0)).get_name())

asyncio.run(main())
print(asyncio.run(asyncio.sleep(0, "x")))
