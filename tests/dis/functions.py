def f(a, b=2, *args, c, d=4, **kw):
    """Doc."""
    return a + b

def outer(n):
    total = 0
    def inner(k):
        nonlocal total
        total += k
        return total
    return inner

def gen(n):
    for i in range(n):
        x = yield i
    yield from range(3)
    return n

add = lambda p, q=1: p + q

@staticmethod
def decorated(): pass
