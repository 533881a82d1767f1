d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4))
print(list(d.keys()), list(d.values()), list(d.items()))
print("one" in d, 1 in d)
del d["one"]
print(d, d.pop("two"), d.pop("missing", "default"), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
print(d.setdefault("a", 100), d.setdefault("z", 26), d)
print(d.popitem(), d)
print(dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0), dict(zip("pq", [1, 2])))
e = {"k": [1]}
f = e.copy()
f["k"].append(2)
print(e, f is e)
print({**e, "new": True}, e | {"k": 0}, {1: "a"} == {1: "a"})
d.clear()
print(d)
