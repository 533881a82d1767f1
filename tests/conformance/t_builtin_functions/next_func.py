it = iter("ab")
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next("ab")
except TypeError as e:
    print(e)
g = (x for x in [1])
print(next(g), next(g, None))
