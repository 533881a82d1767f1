import random, pprint
random.seed(11)
def gen(d):
    r = random.random()
    if d > 3 or r < 0.3:
        return random.choice([random.randint(-10**6, 10**6), 'word ' * random.randint(0, 12), None, 1.5, True, b'by' * random.randint(0, 30)])
    if r < 0.5:
        return [gen(d + 1) for _ in range(random.randint(0, 6))]
    if r < 0.65:
        return tuple(gen(d + 1) for _ in range(random.randint(0, 4)))
    if r < 0.75:
        return set(random.randint(0, 50) for _ in range(random.randint(0, 8)))
    return {('k%d' % random.randint(0, 20)): gen(d + 1) for _ in range(random.randint(0, 6))}
for i in range(80):
    obj = gen(0)
    w = random.choice([20, 40, 60, 80])
    print(pprint.pformat(obj, width=w, compact=random.random() < 0.3, indent=random.choice([1, 2, 4]), depth=random.choice([None, None, 2, 3])))
