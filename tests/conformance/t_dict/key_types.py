d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[(1, 2)] = "tuple"
d[frozenset({1})] = "fs"
d[None] = "none"
d[1 + 0j] = "complex"
print(d, len(d))
for k in ([1], {1}, {}):
    try:
        d[k] = 1
    except TypeError as e:
        print(e)
print(d.get(1.0), d[True], (1, 2) in d, frozenset([1]) in d)
