print(list(iter([1, 2])), list(iter("ab")), list(iter({1: 2})), list(iter(range(2))))
it = iter([1])
print(iter(it) is it)
f = iter(int, 1)
print(next(f), next(f))
try:
    iter()
except TypeError as e:
    print(e)
try:
    iter(1, 2, 3)
except TypeError as e:
    print(e)
