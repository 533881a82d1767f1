print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("  5  "), eval("[i for i in range(3)]"))
g = {"a": 1}
print(eval("a + b", g, {"b": 2}), "__builtins__" in g)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
for src in ("1 +", "x = 1", "undefined_name", "1/0"):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(e)
print(eval(b"1+1"), eval("\n1\n"), eval("lambda: 3")())
