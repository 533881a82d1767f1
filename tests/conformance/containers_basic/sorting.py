people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25), ("ed", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3, -1, 4, -1, 5, -9]
nums.sort(key=abs)
print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)))
try:
    sorted([1, None])
except TypeError as e:
    print(e)
print(min(people, key=lambda p: p[1]), max(words, key=len))
