def f(a, b, c=0, *args, **kwargs):
    return a, b, c, args, kwargs

args = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*args))
print(f(*args, **kw))
print(f(*range(5)))
print(f(0, *[1], *(2, 3), **{"x": 1}, **{"y": 2}))
print(f(**{"a": "A", "b": "B"}))
print(f(*"xy", c="z"))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
