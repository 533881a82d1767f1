def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("bad key: " + repr(k))
print(lookup({"a": 1}, "a"))
lookup({}, "b")
