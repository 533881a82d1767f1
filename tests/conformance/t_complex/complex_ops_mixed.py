z = 2 + 3j
print(z + 1, 1 + z, z * 2, 2 * z, z - 1.5, 1.5 - z, z / 2, 2 / z, z ** 2, 2 ** z == complex(2) ** z, -z, z == complex(2, 3), z != 2)
print(z.real, z.imag, z.conjugate(), (z * z.conjugate()).real, abs(z) ** 2, complex(z), complex(z) is z if False else "")
print(1j * 1j, (1j) ** 2, 0j ** 0, (1 + 1j) ** 0.5)
