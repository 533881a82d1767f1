print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B"), max([], default="empty"))
print(min([(2, "b"), (1, "z"), (1, "a")]), max({"x": 1, "y": 0}), min([3, 1], key=lambda v: -v))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), 10), sum([], start=7))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    max(1, "a")
except TypeError as e:
    print(e)
