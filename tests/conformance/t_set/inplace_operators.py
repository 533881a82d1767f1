a = {1, 2, 3}
alias = a
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {9, 2}
print(a, alias is a)
try:
    a |= [1]
except TypeError as e:
    print(e)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
