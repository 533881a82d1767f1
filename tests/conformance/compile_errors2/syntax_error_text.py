# SyntaxError attributes (msg, lineno, offset, text, end_*) from compile() in each mode
cases = ["1 +", "1 +\n", "x = (", "a b", "a b\n", "if x:\npass", "f(**x, *y)", "x = 1\ny = 2 +", "def f():\n  return\n   x", "'abc", "x = $", "1 +\n\n", "x = [1,\n2,\n", "class", "(1, 2", "print 'x'", "   x", "x\n  y"]
for mode in ("exec", "eval", "single"):
    for src in cases:
        try:
            compile(src, "s", mode); print("ok")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
cases2 = ["'abc", '"""abc', "x = (1,\n", "x = )", "x = (]", "x = 1 ?", "x = 0777", "x = 1_", "x = 0x", "x = 0o8", "x = 1a", "if x:\n  a\n b", "if x:\n\ta\n        b", "x = \\ y", "x = '\\N{foo}'", "f'{'", "f'{x!z}'", "x = 5 $ 3", "x = \x00", "x = €", "def f(:", "x = [1, 2", "print 'x'", "a = 1 = 2", "None = 1", "def f(a=1, b): pass", "x = yield = 3", "f(a for a in b, c)", "del f()", "x = 1 if 2", "import", "from x import", "for x in : pass", "lambda x: yield", "x: int = 1 = 2", "f(x=1, x)", "123abc = 1", "x = 08", "if 1:\npass", "try:\n  pass\n", "  x = 1"]
for src in cases2:
    try:
        compile(src, "s", "exec"); print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for src in ["", "\n", "\n\n", " \n", "# c", "# c\n", "\n# c\n", "\t", "\\\n"]:
  for mode in ("eval", "single"):
    try:
        compile(src, "s", mode); print("ok")
    except SyntaxError as e:
        print(mode, repr(src), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for s in ["", " ", "\t\t", "\n", "  \n"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
