items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)

d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
lst = [1]
for v in lst:
    if v < 5:
        lst.append(v + 1)
print(lst)
d2 = {"x": 1, "y": 2}
for k in list(d2):
    del d2[k]
print(d2)
