print(len("abc"))

def f():
    len = lambda s: "shadowed"
    return len("abc")
print(f())

len = lambda s: 99
print(len("abc"))
del len
print(len("abc"))

import builtins
print(builtins.len is len)
print(type(__builtins__).__name__)

def uses_max():
    return max([3, 1, 2])
max = min
print(uses_max())
del max
print(uses_max())
