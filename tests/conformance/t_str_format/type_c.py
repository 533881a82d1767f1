for v in (65, 233, 0x1F600, 10, 0):
    print(repr(format(v, "c")), repr(format(v, ">4c")), repr(format(v, "*^5c")))
for f in (lambda: format(-1, "c"), lambda: format(0x110000, "c"), lambda: format(65, "+c"), lambda: format(65, "#c"), lambda: format(1.5, "c"), lambda: format("a", "c")):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
