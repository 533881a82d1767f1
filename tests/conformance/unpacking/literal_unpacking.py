a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b})
print([*"abc", *range(2)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "x": 100})
print(*a, *b)
t = *a, *b
print(t)
print([*[]], {**{}})
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
