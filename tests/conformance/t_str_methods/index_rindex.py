s = "hello"
print(s.index("l"), s.rindex("l"), s.index("", 5), s.index("h", -5))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("h", 1), lambda: s.rindex("o", 0, 4), lambda: s.index(5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
