pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
points = {"p": (1, 2), "q": (3, 4)}
for label, (x, y) in points.items():
    print(label, x * y)
data = [[1, 2, 3], [4, 5, 6, 7]]
for first, *others in data:
    print(first, others)
class Obj:
    pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
store = {}
for store["k"] in "abc":
    pass
print(store)
lst = [0, 0]
for lst[0], lst[1] in [(5, 6)]:
    pass
print(lst)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(e)
