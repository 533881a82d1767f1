words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 3 for x in range(10)})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
print(type({x for x in ""}).__name__, type({x: 1 for x in ""}).__name__)
