import random
class Const(random.Random):
    def random(self):
        return 0.75
c = Const(1)
print(c.randint(1, 10), c.choice('abcd'), c.randrange(100), c.random())
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
b = Bits()
print(b.randrange(3))
r = random.Random('seed')
print(r.random(), r.randint(1, 6))
r.seed(12345)
print([r.randint(1, 6) for _ in range(10)], r.sample(range(50), 5))
lst = list(range(10))
r.shuffle(lst)
print(lst, r.choices(['a', 'b'], [0.2, 0.8], k=5), r.uniform(-1, 1), r.triangular())
print(random.Random(0).getstate()[1][:3], random.Random(0).getstate()[1][-1])
st = random.getstate()
random.seed(99)
a = random.random()
random.setstate(st)
random.seed(99)
print(a == random.random())
random.seed(2.0)
print(random.random())
random.seed(-7)
print(random.random())
random.seed(b'\x00\x01')
print(random.random())
random.seed(bytearray(b'abc'))
print(random.random())
