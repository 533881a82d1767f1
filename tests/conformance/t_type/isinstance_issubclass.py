print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance("a", ()), isinstance(1, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, type(None) | int))
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1)) ):
    try:
        print(f())
    except TypeError as e:
        print(e)
