print(format("abc", "s"), format("abc", "10s") + "|", format("abc", ">10s"), format("", "s"), format("é", "^5s"))
for v in (1, 1.5, None, [1]):
    try:
        print(format(v, "s"))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(format(None), format([1, 2]), format((1,), ""))
try:
    format([1], ">5")
except TypeError as e:
    print(e)
