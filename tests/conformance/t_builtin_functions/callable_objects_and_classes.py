class Fn:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
f = Fn(10)
print(f(1), f(2, scale=3), callable(f), list(map(f, [1, 2])), sorted([3, 1, 2], key=Fn(0)))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1, bogus=2)
except TypeError as e:
    print(e)
