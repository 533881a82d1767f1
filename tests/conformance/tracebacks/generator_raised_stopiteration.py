def gen():
    yield 1
    next(iter([]))

for v in gen():
    print(v)
