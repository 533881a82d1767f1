print(int("0x10", 16), int("0o10", 8), int("0b10", 2))
print(int("0b10", 16))
for s, b in (("0x10", 10), ("0o10", 16), ("0b10", 8)):
    try:
        print(int(s, b))
    except ValueError as e:
        print(e)
