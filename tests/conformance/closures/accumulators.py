def averager():
    total = 0
    count = 0
    def add(v):
        nonlocal total, count
        total += v
        count += 1
        return total / count
    return add

avg = averager()
for v in (10, 20, 30, 45):
    print(avg(v))

def make_adders():
    return [lambda x, n=n: x + n for n in range(1, 4)]
print([f(10) for f in make_adders()])

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(lambda x: x * 2, lambda x: x + 3)(4))
