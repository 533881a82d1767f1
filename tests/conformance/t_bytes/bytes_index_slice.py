b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], type(b[0]).__name__)
for i in (11, -12):
    try:
        b[i]
    except IndexError as e:
        print(e)
print(list(b[:3]), 104 in b, b"wor" in b, b"" in b, bytearray(b"lo") in b)
for x in (256, "h", -1):
    try:
        print(x in b)
    except Exception as e:
        print(type(e).__name__, e)
