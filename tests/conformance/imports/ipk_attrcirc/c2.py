from . import c1
print(c1.nothing)
