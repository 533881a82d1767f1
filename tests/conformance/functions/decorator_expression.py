decorators = [lambda f: (lambda: f() + 1), lambda f: (lambda: f() * 10)]

@decorators[0]
def a():
    return 1

@decorators[1]
def b():
    return 2

print(a(), b())

class NS:
    @staticmethod
    def twice(f):
        return lambda *x: f(f(*x))

@NS.twice
def inc(x):
    return x + 1

print(inc(5))

@(lambda f: f.__name__)
def named():
    pass
print(named)
