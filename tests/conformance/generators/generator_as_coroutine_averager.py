def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            print("reset requested")
            total = count = 0
            average = None
            continue
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in {"a": [10, 20, 30], "b": [1, 2]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        print(key, g.send(v))
    g.send(None)
print(results)
a = averager()
next(a)
a.send(5)
a.throw(ValueError)
print(a.send(7))
