print(max(1, 5, 3), min(1, 5, 3), max([4, 2, 8]), min("hello"), max("abc", "abd"), max([1, 2], [1, 3]), min((3, "a"), (3, "b")))
print(max([], default=0), min([], default="empty"), max([5], default=0), max("a", "bb", key=len), min([-3, 2, -1], key=abs), max([1, 3, 2], key=lambda x: -x))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(x * 2 for x in range(4)), max({3: "a", 9: "b"}))
print(max([("b", 1), ("a", 2)], key=lambda t: t[1]), max([1, 2, 3], key=None))
