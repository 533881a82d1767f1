d = {"a": 1, "b": 2}
k = d.keys()
print(k.mapping, k.mapping["a"], d.values().mapping == d, d.items().mapping is not None)
print(k | {"c"}, k & {"a", "z"}, k - {"a"}, k ^ {"a", "c"}, {"a", "q"} - k, k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print(d.items() | {("c", 3)} == {("a", 1), ("b", 2), ("c", 3)}, d.items() & {("a", 1)}, ("a", 1) in d.items(), ["a", 1] in d.items() if False else "-")
print(sorted(reversed(d.items())), list(reversed(d.values())), len(d.values()), k <= {"a", "b", "c"}, k < {"a", "b"}, k == {"a", "b"})
try:
    hash(k)
except TypeError as e:
    print(e)
try:
    d.values() | {1}
except TypeError as e:
    print(e)
it = iter(d)
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print(e)
s = {1, 2}
it = iter(s)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print(e)
it = iter(s)
s.discard(1)
s.add(1)
print(sorted(it))
