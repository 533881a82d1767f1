s = "hello, wörld"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[-3:], s[:100], s[100:], s[5:2], s[1:-1:3], s[::-3])
for i in (12, -13, 1.0, "a"):
    try:
        print(s[i])
    except Exception as e:
        print(type(e).__name__, e)
print(s[slice(None, None, -1)], s[True])
try:
    s[::0]
except ValueError as e:
    print(e)
