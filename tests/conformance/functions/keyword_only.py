def f(a, *, b, c=3):
    return (a, b, c)

print(f(1, b=2))
print(f(1, c=4, b=5))
print(f.__kwdefaults__)
print(f.__code__.co_kwonlyargcount)

for call in (lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def g(*args, key):
    return args, key

print(g(1, 2, key="k"))
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
