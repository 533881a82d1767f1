print(isinstance(True, (int, float)), isinstance(1, float), isinstance(1.0, int), isinstance("s", object), isinstance([], (tuple, list)), isinstance(b"", bytearray), isinstance(bytearray(), bytes))
print(issubclass(bool, object), issubclass(float, int), issubclass(dict, object), issubclass(frozenset, set), issubclass(type, type), issubclass(memoryview, bytes))
print([c.__name__ for c in (int, bool, float, complex) if issubclass(c, int)])
