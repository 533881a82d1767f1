d = {}
for k in ["zebra", "apple", "mango", "banana"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 99
print(list(d.items()))
del d["zebra"]
d["zebra"] = 0
print(list(d))
print(list(reversed(d)), next(iter(d)))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
keys = d.keys()
d["new"] = 1
print(len(keys), "new" in keys, keys & {"new", "other"}, keys - {"apple"} == {"mango", "banana", "zebra", "new"})
print({1: "a", True: "b", 1.0: "c"})
