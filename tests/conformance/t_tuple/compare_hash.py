print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (1, 2) == [1, 2], (2,) > (1, 99))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((1, 2)) == hash((1.0, 2.0)), hash((True, False)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
