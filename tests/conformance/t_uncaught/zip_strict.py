pairs = list(zip([1, 2, 3], "abc", strict=True))
print(pairs)
for a, b in zip([1, 2, 3], "ab", strict=True):
    print(a, b)
