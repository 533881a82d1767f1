cases = [
    "return 1",
    "yield 1",
    "break",
    "continue",
    "def f():\n    x = 1\n    global x\n",
    "f(x for x in y, 1)",
    "f(a=1, a=2)",
    "f(**k, *a)",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "1 = x",
    "None = 1",
    "f() = 1",
    "del f()",
    "x + 1 += 1",
    "lambda: (yield from x) = 1",
    "async def f():\n    yield from x\n",
    "def f():\n    await x\n",
    "class C:\n    return 1\n",
    "'abc' = 1",
    "for 1 in x: pass",
    "with a as 1: pass",
    "import",
    "x = 1 if 2",
    "print 'hello'",
    "a b",
    "(1, 2 3)",
    "f(,)",
    "if x:\npass",
    "  x = 1",
    "x = 'unterminated",
    "x = \"\"\"never closed",
    "0777",
    "1__0",
    "x = $",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset)
