d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("a", 5), d.setdefault("c"), d.setdefault("e", []), d)
d["e"].append(1)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d.get()
except TypeError as e:
    print(e)
print(d.pop("c"), d)
