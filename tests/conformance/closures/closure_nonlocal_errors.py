src_ok = """
def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    g()
    return x
print(f())
"""
exec(src_ok)
bad = [
    "def f():\n    nonlocal q\n",
    "nonlocal z\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f(a):\n    global a\n",
]
for src in bad:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
