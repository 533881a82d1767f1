a = 3 ** 500
b = 7 ** 400
c = a * b
print(len(str(c)), c % 10 ** 20, c // 10 ** (len(str(c)) - 20))
print((a * b) // b == a, (a * b) % b, divmod(c, a)[1])
print(str(2 ** 1000)[:30], str(2 ** 1000)[-30:])
