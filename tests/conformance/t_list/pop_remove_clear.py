a = list(range(10))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5)
print(a)
for f in (lambda: a.remove(99), lambda: [].pop(), lambda: a.pop(50), lambda: a.pop("x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = a
a.clear()
print(a, b, a is b)
