tests = [("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%s %s", [1, 2]), ("%(a", {"a": 1}), ("%", ()), ("abc", 1), ("abc", (1,)), ("%c", -1), ("%o", "8"), ("%i", None), ("%e", "1")]
for fmt, args in tests:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
