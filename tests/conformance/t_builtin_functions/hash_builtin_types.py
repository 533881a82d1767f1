print(hash(0), hash(1.0), hash((1, 2)), hash(frozenset()), hash(True), hash(-1), hash(-1.0), hash(2 ** 61 - 1), hash(()))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
