bad = [
    "*a = [1, 2]",
    "a, *b, *c = range(5)",
    "print(*)",
    "del *a, b",
    "*a",
    "a = *b",
]
for src in bad:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
