for c in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1}, frozenset({1}), range(2), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), memoryview(b"a")):
    it = iter(c)
    print(type(it).__name__, iter(it) is it, list(it), list(it))
