print(hash(True), hash(False), hash(1j), hash(complex(1, 2)), hash(complex(-1, -1)), hash(complex(0.5, 0)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(frozenset()) , hash(frozenset([0])))
