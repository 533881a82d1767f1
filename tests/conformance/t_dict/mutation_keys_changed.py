d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
print(d)
