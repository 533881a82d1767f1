print(0.1 + 0.2, 1.1 * 3, 1 / 3.0, 7.0 // 2, -7.0 // 2, 7.0 % -3, -7.5 % 2, 2.0 ** 10, 2.0 ** -1, (-8.0) ** (1 / 3) if False else 8.0 ** (1 / 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 10.0 ** 400, lambda: (-8.0) ** 0.5, lambda: 0.0 ** -1.5):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
