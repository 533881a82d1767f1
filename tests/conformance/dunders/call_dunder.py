class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        r = x + self.n
        return r * 2 if twice else r

add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5))
print(list(map(add5, [1, 2, 3])))
try:
    add5()
except TypeError as e:
    print(e)

class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __getattr__(self, name):
        return Chain(self.parts + (name,))
    def __call__(self, *args):
        return ".".join(self.parts) + str(args)
print(Chain().a.b.c(1, 2))
