import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed(), loop.get_debug())

def cb(x, tag=""):
    print("cb", x, tag)

loop.call_soon(cb, 1)
h = loop.call_soon(cb, 2)
h.cancel()
print(h.cancelled())
loop.call_soon(loop.stop)
loop.call_soon(cb, 3)
loop.run_forever()
print("stopped once")
loop.call_soon(cb, 4)
t = loop.call_later(0.1, cb, 5)
print(type(t).__name__, t.when() > loop.time() - 1)
loop.call_at(loop.time() + 0.2, loop.stop)
loop.run_forever()
print("stopped twice")

async def coro(x):
    await asyncio.sleep(0)
    return x * 2
print(loop.run_until_complete(coro(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "fut-result")
print(loop.run_until_complete(fut))
task = loop.create_task(coro(5))
print(loop.run_until_complete(task), task.get_name())

# exception in callback goes to the exception handler
def bad():
    raise ZeroDivisionError("in callback")
def handler(lp, context):
    print("handler:", context["message"], type(context.get("exception")).__name__)
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(bad)
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_exception_handler(None)
loop.call_exception_handler({"message": "custom message"})

async def inner_run():
    try:
        loop.run_until_complete(coro(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = coro(2)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
loop.run_until_complete(inner_run())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.get_event_loop() is loop)
loop.close()
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
c = coro(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
async def main():
    return "run result"
print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner() as runner:
    print(runner.run(coro(4)))
    print(runner.run(coro(5)))
    print(runner.get_loop().is_running())
