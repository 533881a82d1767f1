a = [3, 1, 2]
def bad(x):
    if x == 2:
        raise ValueError("bad key " + str(x))
    return x
try:
    a.sort(key=bad)
except ValueError as e:
    print(e)
print(a)
try:
    sorted([1, 2], key=lambda x, y: 0)
except TypeError as e:
    print(e)
