def g():
    x = yield
    yield x * 2

gen = g()
print(next(gen))
print(gen.send(21))
print(iter(gen) is gen)
print(hasattr(gen, "send"), hasattr(gen, "throw"), hasattr(gen, "close"))
print(gen.gi_code.co_name)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
        yield -n
print(list(recursive_gen(3)))
