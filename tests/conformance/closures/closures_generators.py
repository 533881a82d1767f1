def make_gen(limit):
    def gen():
        i = 0
        while i < limit:
            yield i
            i += 1
    return gen

g = make_gen(4)
print(list(g()), list(g()))

def outer():
    items = []
    def collect():
        for v in (yield):
            items.append(v)
    return items, collect
items, collect = outer()
c = collect()
next(c)
try:
    c.send([1, 2, 3])
except StopIteration:
    pass
print(items)
