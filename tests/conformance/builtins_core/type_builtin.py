for v in (1, 1.5, "s", b"b", [], (), {}, set(), None, True, 1j, range(1), len, type, object()):
    print(type(v).__name__, end=" ")
print()
print(type(type(1)), type(int) is type, int.__class__)
print(type(1) == int, type(True) == int, isinstance(True, int))
print(int.__mro__, bool.__mro__, object.__mro__)
print(str.__name__, str.__qualname__, str.__module__, int.__doc__.splitlines()[0])
