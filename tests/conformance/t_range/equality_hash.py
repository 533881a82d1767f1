print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(4, 4)), hash(range(0, 4, 2)) == hash(range(0, 3, 2)), range(2) != range(3))
try:
    range(1) < range(2)
except TypeError as e:
    print(e)
