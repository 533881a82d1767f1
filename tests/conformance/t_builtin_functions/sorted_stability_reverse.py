data = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed(sorted(data, key=lambda t: t[1]))))
print(sorted([1, -1, 2, -2, 0], key=abs), sorted([1, -1, 2, -2, 0], key=abs, reverse=True))
