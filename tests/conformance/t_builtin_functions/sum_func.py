print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], start=10), sum([0.1] * 10), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum(range(101)), sum([1, 2.5, True]), sum([1j, 2]))
for args in ((["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())):
    try:
        print(sum(*args))
    except TypeError as e:
        print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
try:
    sum(5)
except TypeError as e:
    print(e)
print(sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308]), sum([float("inf"), -float("inf")]))
