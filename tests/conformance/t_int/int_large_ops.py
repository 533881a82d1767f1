a = 12345678901234567890123456789
b = 98765432109876543210
print(a * b, a // b, a % b, a ** 2, -a // b, -a % b)
print(a & b, a | b, a ^ b, a >> 20, a << 20, ~a)
print(pow(a, 3, b), divmod(a, -b))
print(a.bit_length(), len(str(a * a * a)))
