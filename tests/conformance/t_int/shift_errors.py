for f in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2.0, lambda: 1 >> "a"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(0 << 1000, -1 >> 1000)
print(1 << 64, -1 << 64)
