for s in ("", " ", "1__0", "_1", "1_", "1._5", "abc", "1e", "e5", "--1", "1.2.3", "nanx", "in f", "0x10", "1j"):
    try:
        print(repr(float(s)))
    except ValueError as e:
        print("ValueError", e)
for o in (None, [1.0], {}):
    try:
        float(o)
    except TypeError as e:
        print("TypeError", e)
