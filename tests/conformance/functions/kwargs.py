def show(**kw):
    print(type(kw).__name__, kw)

show()
show(a=1, b=2)
show(**{"x": 1}, y=2)
d = {"p": 1, "q": 2}
show(**d, **{"r": 3})
try:
    show(**d, p=5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1, 2])
except TypeError as e:
    print("TypeError:", e)

def mixed(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*[1, 2, 3], **{"c": 0, "z": 9}))
