a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(w), sorted(w, key=str.lower), sorted(w, key=len), sorted(w, key=len, reverse=True))
print(sorted([3, 1.5, True, -2]), sorted(""), sorted({3: 1, 1: 2}), sorted((2, 1)), a.sort())
