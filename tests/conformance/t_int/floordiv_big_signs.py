big = 10 ** 30 + 7
for a in (big, -big):
    for b in (3, -3, 10 ** 15, -(10 ** 15), big - 7):
        print(a // b, a % b)
print(divmod(-big, 2 ** 64))
