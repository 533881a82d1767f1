d = {"a": 1, "b": [2]}
print(d.keys(), d.values(), d.items(), repr(d.keys()), str(d.items()), len(d.values()))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
