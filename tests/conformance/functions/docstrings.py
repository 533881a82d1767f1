"""Module docstring here."""

def documented():
    """Function docstring."""

def undocumented():
    x = "not a docstring"
    return x

def numeric():
    42
    "too late"

class K:
    """Class doc."""
    def m(self):
        "Method doc."

print(__doc__)
print(documented.__doc__)
print(undocumented.__doc__)
print(numeric.__doc__)
print(K.__doc__, K.m.__doc__, K().m.__doc__)
print(documented())
