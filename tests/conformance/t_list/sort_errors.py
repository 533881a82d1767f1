for data in ([1, "a"], [None, None], [1j, 2j], [[1], ["a"]]):
    try:
        print(sorted(data))
    except TypeError as e:
        print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=None), sorted([1, 2], reverse=0))
