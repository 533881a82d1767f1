print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "\U0001F600" > "\uffff")
print(sorted(["b", "A", "a", "B", "é", "E", "ä", "1", " "]))
print(max("abc"), min("abc"), "abc" == "abc", "a" != "a")
try:
    "a" < 1
except TypeError as e:
    print(e)
