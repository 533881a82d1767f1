print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex(1j, 1j), complex(real=3, imag=4))
print(complex(True, False), complex("1+1j"), complex(2 ** 60))
for args in (("1", 2), (1, "2"), (None,), ([1],)):
    try:
        complex(*args)
    except TypeError as e:
        print(e)
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
