a = list(range(10))
s = slice(2, 8, 2)
print(a[s])
a[s] = ["a", "b", "c"]
print(a)
del a[s]
print(a)
print(a[slice(-2, None)], a[slice(None, None, -2)], s.indices(len(a)))
