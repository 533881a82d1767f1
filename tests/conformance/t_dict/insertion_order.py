d = {}
for k in ("z", "a", "m", 3, 1, 2):
    d[k] = len(d)
print(d, list(d), list(d.values()))
d["a"] = 99
del d["z"]
d["z"] = 0
print(d)
d2 = dict.fromkeys("hello")
print(d2, list(reversed(d)), list(reversed(d.items())))
