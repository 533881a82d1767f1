print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (1).to_bytes())
print((300).to_bytes(length=2, byteorder="little"))
for f in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
