print(hash(1 + 0j) == hash(1), hash(complex(0, 0)), hash(complex(1, 1)), hash(complex(-1, 0)))
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, complex(2, 0) == True + True)
print({1: "a", 1 + 0j: "b", 1.0: "c"})
print(abs(3 + 4j), abs(complex(float("inf"), 1)), pow(1j, 2), (1j) ** 3, 2 ** 1j == complex(2) ** 1j)
