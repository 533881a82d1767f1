s = set("mississippi")
print(sorted(s), len(s))
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len), max(words), min(words))
print(sorted({3, 1, 2}), list({5: 0, 1: 0}), sorted(frozenset("cab")))
