any((w := x) for x in range(3))
print(w)
