d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
it = iter(d.items())
next(it)
d.pop(1)
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print(e)
