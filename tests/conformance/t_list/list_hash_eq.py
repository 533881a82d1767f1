try:
    hash([1])
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
print([1, 2] == [1, 2.0], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], (n,) == (n,), [1, 2] is [1, 2])
