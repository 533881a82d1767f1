def outer(x):
    y = 1
    def inner(z):
        return x + y + z
    return inner
