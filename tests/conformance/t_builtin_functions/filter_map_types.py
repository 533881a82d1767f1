print(list(filter(None, (0, 1, 2))), list(filter(lambda s: s.strip(), ["a", " ", ""])), list(map(len, ["a", "bb", ""])), list(map(int, ["1", " 2 "])))
print(list(map(divmod, [7, 8], [2, 3])), list(map(max, [1, 5], [4, 2], [3, 3])), list(filter(str.isupper, "aBcD")))
print(tuple(map(str, range(3))), set(map(abs, [-1, 1])), dict(map(lambda k: (k, k * 2), "ab")))
