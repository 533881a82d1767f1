for n in (-3, 0, 4):
    print(n, "negative" if n < 0 else "zero" if n == 0 else "positive")
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = (lambda: "yes") if True else (lambda: "no")
print(f())
print((1 if False else 2) + 10)
