a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), a.keys() & ["x", "q"], a.keys() - {"x"} == {"y", "z"})
print(a.keys() <= {"x", "y", "z", "q"}, a.keys() > {"x"}, a.keys().isdisjoint(["q"]), a.items().isdisjoint({("x", 2)}))
try:
    a.values() & b.values()
except TypeError as e:
    print(e)
print(type(a.keys() | b.keys()).__name__)
