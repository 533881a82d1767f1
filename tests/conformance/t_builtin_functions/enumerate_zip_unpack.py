names = ["ann", "bob", "cy"]
ages = [30, 25]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(enumerate(names)), list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3), range(10, 13), "xyz")))
