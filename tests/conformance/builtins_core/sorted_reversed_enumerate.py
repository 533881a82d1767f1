data = [5, 2, 8, 1]
print(sorted(data), data, sorted(data, reverse=True), sorted(data, key=lambda x: x % 3))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(enumerate(data)), list(enumerate("xy", 1)), list(enumerate([], 5)))
print(sorted([]), sorted(""), sorted({"b": 1, "a": 2}.items()))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
