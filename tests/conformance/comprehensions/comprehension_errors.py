try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError", e)
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError", e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError", e)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError", e)
bad = ["[x for x in range(3) if (y := x) for y in range(2)]", "[i := 0 for i in range(3)]", "[*x for x in y]"]
for src in bad:
    try:
        compile(src, "<c>", "eval")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
