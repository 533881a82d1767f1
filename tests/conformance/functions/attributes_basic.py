def outer():
    def inner(p, q=1):
        "Inner docstring."
        return p
    return inner

def plain(a, b):
    """Adds things.

    More text."""
    return a + b

f = outer()
print(plain.__name__, plain.__qualname__)
print(f.__name__, f.__qualname__)
print(repr(plain.__doc__))
print(f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(plain.__module__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
print(outer.__doc__)
plain.tag = "custom"
print(plain.__dict__)
print(plain.tag)
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
print(type(plain).__name__)
print(callable(plain), callable(3))
