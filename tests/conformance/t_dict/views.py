d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(type(k).__name__, type(v).__name__, type(i).__name__, list(reversed(k)), k.mapping == {"a": 1, "b": 2, "c": 3, "d": 4})
print(k == {"a", "b", "c", "d"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, v == v, d.values() == d.values())
