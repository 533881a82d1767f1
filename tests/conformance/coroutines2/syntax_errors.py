cases = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from [1]\n",
    "def f():\n    await x\n",
    "await x\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    return [x async for x in y]\n",
    "[x async for x in y]\n",
    "async def f():\n    return [(yield x) for x in y]\n",
    "async def f():\n    lambda: await x\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    def g():\n        await x\n",
    "class C:\n    await x\n",
    "async def f():\n    x = yield\n    await x\n",
    "def f():\n    yield = 1\n",
    "async def f():\n    await = 1\n",
    "def g():\n    x = yield from\n",
    "def g():\n    return (yield)\n",
    "yield 1\n",
    "class C:\n    yield 1\n",
    "def f():\n    [(yield x) for x in y]\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")
