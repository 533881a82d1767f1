words = ["Apple", "apple", "APPLE", "banana", "Banana"]
print(sorted({w.lower() for w in words}))
print({w.lower(): w for w in words})
print({len(w): w for w in words})
print({i % 3: i for i in range(10)})
