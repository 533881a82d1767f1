print(bool(), bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(None), bool(b""), bool(0j), bool(x=1) if False else "")
try:
    bool(x=1)
except TypeError as e:
    print(e)
try:
    bool(1, 2)
except TypeError as e:
    print(e)
