pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10 ** 20 + 7, 3), (-(10 ** 20), 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b == q, a % b == r, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2)]:
    print(a, b, a // b, a % b, divmod(a, b))
