items = [3, 1, 4]
print(items.index(4))
print(items.index(9))
