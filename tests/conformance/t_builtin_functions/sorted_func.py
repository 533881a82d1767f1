print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1), reverse=True), sorted({"b": 1, "a": 2}), sorted([[2], [1, 5], [1]]), sorted(x % 3 for x in range(7)))
print(sorted(["aa", "B", "c"], key=str.casefold), sorted([-3, 1, -2], key=abs, reverse=True), sorted([]), sorted(iter([2, 1])))
a = [3, 1]
b = sorted(a)
print(a, b, a is b)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(e)
