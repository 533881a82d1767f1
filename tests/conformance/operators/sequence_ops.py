print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", b"x" + b"y")
print([0] * 3, 3 * "ab", (1, 2) * 2, [1] * 0, "x" * -2)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print(min("hello"), max([3, 1, 2]), min((4, "x"), (4, "a")))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
