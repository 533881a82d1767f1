d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4, a=0)
d.update({"e": 5}, f=6)
d.update()
d.update(((i, i * i) for i in range(2)))
print(d)
for arg in (5, [1], [(1, 2, 3)]):
    try:
        d.update(arg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(e)
