def multiplier(factor):
    def mul(x):
        return x * factor
    return mul

double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double("ab"))

def partial(f, *bound, **kwbound):
    def call(*args, **kw):
        return f(*bound, *args, **kwbound, **kw)
    return call

def describe(a, b, c, sep="-"):
    return sep.join([a, b, c])

p = partial(describe, "x", sep="+")
print(p("y", "z"))
print(partial(describe, "1", "2", "3")(sep="."))
