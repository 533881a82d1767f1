import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
print(random.choice('abcdefgh'), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample(['a', 'b', 'c', 'd'], 4))
print(random.sample(range(10 ** 6), 5), random.sample(['x', 'y'], k=5, counts=[3, 4]))
print(random.uniform(1.5, 2.5), random.gauss(0, 1), random.gauss(10, 2), random.gauss())
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices('xyz', cum_weights=[1, 5, 10], k=4))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
print(random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.betavariate(2, 3))
print(random.gammavariate(0.5, 1), random.gammavariate(2.5, 1), random.paretovariate(3))
print(random.weibullvariate(1, 2), random.randbytes(6), random.binomialvariate(20, 0.3))
print(random.binomialvariate(500, 0.4), random.binomialvariate(1, 0.5))

for s in (0, 1, -1, 2 ** 100, 123456789, 3.5, 'hello', b'bytes', True):
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10 ** 9))

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
random.seed('abc', version=1)
print(random.random())

r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), type(r1).__name__)


class MyRandom(random.Random):
    pass


print(MyRandom(5).random() == random.Random(5).random())

for bad in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
            lambda: random.randrange(1, 10, 0), lambda: random.sample([1, 2], 3),
            lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1),
            lambda: random.choices('ab', [1]), lambda: random.choices('ab', 2),
            lambda: random.randrange(1.5), lambda: random.seed([1]),
            lambda: random.gammavariate(0, 1), lambda: random.randrange(2, 9, -1),
            lambda: random.choices('ab', weights=[0, 0])):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
