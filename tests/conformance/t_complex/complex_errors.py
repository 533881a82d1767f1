for f in (lambda: 0j ** -1, lambda: (1 + 1j) % 2, lambda: divmod(1j, 1), lambda: int(1j), lambda: float(1j), lambda: 1j > 0, lambda: round(1j), lambda: complex("1+2j", 0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
