a = {"l": [1], "x": 1}
b = a.copy()
b["x"] = 2
b["l"].append(2)
print(a, b)
c = dict(a)
a.clear()
print(a, c, b is a)
