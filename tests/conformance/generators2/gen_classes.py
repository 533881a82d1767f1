import itertools

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t))
print(list(t.walk()))
print(sum(t), max(t), 4 in t, 5 in t)
it = iter(t)
print(type(it).__name__, next(it), next(it))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(3)
print(list(c), list(c), list(reversed(c)))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), "abc")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
print(list(itertools.takewhile(lambda x: x < 50, fib())))
print(next(x for x in fib() if x > 1000))
evens = (x for x in itertools.count() if x % 2 == 0)
print([next(evens) for _ in range(5)])
print(list(zip(itertools.count(1), "xyz")))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.chain.from_iterable((range(i) for i in range(4)))))
gen = (i * i for i in range(5))
print(list(itertools.accumulate(gen)))
print(list(itertools.starmap(pow, ((2, i) for i in range(5)))))
g1, g2 = itertools.tee(fib())
print(next(g1), next(g1), next(g2))
grouped = itertools.groupby(x // 3 for x in range(9))
print([(k, len(list(v))) for k, v in grouped])
# generator as a context for running totals
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
# generator with return inside try/finally
def gf():
    try:
        yield 1
        return "r"
    finally:
        print("finally runs before StopIteration")
x = gf()
next(x)
try:
    next(x)
except StopIteration as e:
    print(e.value)
# yield inside with
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False
def gw():
    with CM():
        yield 1
        yield 2
w = gw()
print(next(w))
w.close()
w = gw()
next(w)
try:
    w.throw(ValueError("inside with"))
except ValueError as e:
    print("propagated", e)
# generator expressions and scoping in nested functions
def make():
    fs = [lambda: i for i in range(3)]
    gs = (lambda: j for j in range(3))
    return [f() for f in fs], [g() for g in gs]
print(make())
# yield as expression in various positions
def exprs():
    x = (yield 1) + (yield 2)
    print("sum", x)
    y = [(yield), (yield)]
    print("list", y)
e = exprs()
print(next(e), e.send(10))
e.send(20)
e.send("a")
try:
    e.send("b")
except StopIteration:
    print("exhausted")
