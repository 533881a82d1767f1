d = {"zero": 0, "none": None, "empty": ""}
for k in ("zero", "none", "empty", "missing"):
    print(k, d.get(k), d.get(k, "D"), k in d, d.get(k) is None)
