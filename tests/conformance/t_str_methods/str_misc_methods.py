s = "Hello"
print(s.__len__(), s.__contains__("ell"), s.__getitem__(1), s.__add__("!"), s.__mul__(2), s.__rmul__(2), s.__mod__(()) if False else "", s.__eq__("Hello"), s.__lt__("Help"), s.__ne__(1))
print("ell" in s, "" in s, "x" not in s, s * 0, s * -1, 3 * "ab")
try:
    1 in s
except TypeError as e:
    print(e)
