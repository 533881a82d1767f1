def size(x):
    return len(x)
print(size([1, 2]))
print(size(42))
