parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0]
print(s)
print("ab" * 3, 3 * "-", "x" * 0, "=" * 20)
print("abc" < "abd", "abc" == "abc", "a" * 3 == "aaa", "B" < "a")
print(str(123) + str(4.5) + str(None) + str(True) + str([1]))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
