d = {"s": "str", 1: [1, {"n": None}], (1,): {2, }, "q": "it's"}
print(d, repr(d), str(d))
d["self"] = d
print(d)
print({}, {1: {}}, dict(a={}))
