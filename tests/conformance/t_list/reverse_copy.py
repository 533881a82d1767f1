a = [1, [2], 3]
b = a.copy()
c = a[:]
a.reverse()
print(a, b, c, b is a, b[1] is a[1])
print(list(reversed([1, 2, 3])), [].copy(), a.reverse())
