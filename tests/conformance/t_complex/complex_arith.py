a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0, b ** -1)
print(a == 1 + 2j, a != b, a + 1, a * 2.5, 1 / a, abs(b), abs(1 + 1j))
print(a.real, a.imag, a.conjugate(), type(a.real).__name__)
try:
    a < b
except TypeError as e:
    print(e)
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
try:
    a // 2
except TypeError as e:
    print(e)
