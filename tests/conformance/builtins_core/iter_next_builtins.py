it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
calls = [0]
def produce():
    calls[0] += 1
    return calls[0]
print(list(iter(produce, 4)))
print(list(iter("ab")), list(iter((1,))), sorted(iter({3, 1})))
d = {"a": 1}
di = iter(d)
print(next(di), type(di).__name__)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print(e)
