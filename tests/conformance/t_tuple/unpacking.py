a, b, *c = (1, 2, 3, 4)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
for f in (lambda: (lambda p, q: None)(*(1,)),):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
