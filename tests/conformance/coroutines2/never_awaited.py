# "coroutine ... was never awaited" is printed where the coroutine object dies
async def f():
    return 1

x = f()
del x
print("after del")

y = f()
y = 5
print("after rebinding")

def call():
    c = f()
    return "call returned"
print(call())

def call2():
    f()
call2()

async def g():
    pass
c = g()
c.close()
print("closed coroutine: no warning")

async def runs():
    return "ran"
c = runs()
try:
    c.send(None)
except StopIteration as e:
    print("ran:", e.value)
del c
print("end")
