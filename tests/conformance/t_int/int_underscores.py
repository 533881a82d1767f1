print(int("1_000_000"), int(" -1_2 "), int("0x_dead_beef", 16) if False else int("dead_beef", 16))
for s in ("1__0", "_10", "10_", "1_ 0", "", " ", "+", "-", "1.0", "1e3", "١٢٣"):
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), e)
