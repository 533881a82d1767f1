for z in (1j, -1j, 1 + 2j, 1.5 - 0.5j, complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1e20, 1e-5), complex(float("inf"), float("nan")), 2j * 2, complex(3)):
    print(repr(z), str(z))
