print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(12345, -3), round(123, 5), round(5, None))
print(type(round(5, 2)).__name__, round(2 ** 70, -20))
print(round(99, -2), round(50, -2), round(150, -2), round(-150, -2))
