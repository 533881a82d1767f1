print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({1: 2}.items()), list(b"ab"), list(x * x for x in range(4)))
a = [1, "two", 3.0, None, [4], (5,), {6: 7}]
print(a, repr(a), str(a))
r = [1]
r.append(r)
print(r, [r, r])
try:
    list(1)
except TypeError as e:
    print(e)
try:
    list([1], [2])
except TypeError as e:
    print(e)
