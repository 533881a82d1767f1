def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))
print(outer(1)(2).__qualname__)

def fact(n):
    def go(k, acc):
        if k <= 1:
            return acc
        return go(k - 1, acc * k)
    return go(n, 1)

print(fact(20))

def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter_pair()
inc(); inc(); inc()
print(get())
