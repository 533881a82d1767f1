z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * 2, z + 1, z * z, z / 2, (1 + 2j) * (3 - 1j))
print(complex(1, 2), complex("3+4j"), complex(2), 1j * 1j, repr(-0j), repr(complex(-0.0, -0.0)))
print(z == complex(3, 4), z != 3)
try:
    z < 1j
except TypeError as e:
    print(e)
try:
    int(z)
except TypeError as e:
    print(e)
print(type(z).__name__, 2 ** 0.5j)
