class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False

with Pair() as (a, (b, c)):
    print(a, b, c)
with Pair() as (x, y):
    print(x, y)
class Holder:
    pass
h = Holder()
with Pair() as h.attr:
    pass
print(h.attr)
d = {}
with Pair() as d["k"]:
    pass
print(d)
with Pair() as [first, *rest]:
    print(first, rest)
