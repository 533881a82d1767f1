names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=10):
    print(i, n, end="; ")
print()
for x, y in zip([1, 2, 3], "xyz"):
    print(x, y)
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(dict(zip("abc", range(3))))
print(list(enumerate("xy")))
