for s in ("0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "123", "0", "00", "0_0", "1_000", "0x_ff", " 42 ", "-0x10", "+0b1"):
    print(repr(s), int(s, 0))
for s in ("010", "0x", "0b2", "1__0", "_1", "1_", "0o8"):
    try:
        int(s, 0)
    except ValueError as e:
        print(e)
