tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: divmod(1.5, 0),
    lambda: pow(2, 3, 0),
]
for t in tests:
    try:
        t()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(ZeroDivisionError, ArithmeticError))
