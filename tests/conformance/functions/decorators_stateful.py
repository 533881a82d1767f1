def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

@count_calls
def add(a, b):
    "Add two numbers."
    return a + b

print(add(1, 2), add(3, 4), add(5, 6))
print(add.calls, add.__name__, add.__doc__)

class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))
print(len(fib.cache), type(fib).__name__)

registry = {}
def register(f):
    registry[f.__name__] = f
    return f

@register
def alpha(): return "a"
@register
def beta(): return "b"
print(sorted(registry), registry["beta"]())
