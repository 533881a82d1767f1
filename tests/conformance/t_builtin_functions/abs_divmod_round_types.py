print(type(abs(-1)).__name__, type(abs(-1.0)).__name__, type(abs(-1j)).__name__, type(abs(True)).__name__, type(divmod(5, 2)[0]).__name__, type(divmod(5.0, 2)[0]).__name__)
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 1)).__name__, type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(4.0, 0.5)).__name__)
