a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 7, a % 7)
print(-a // 7, -a % 7)
print(a ** 3)
print(10 ** 50 + 1)
print(-(10 ** 40))
print(abs(-(2 ** 70)))
