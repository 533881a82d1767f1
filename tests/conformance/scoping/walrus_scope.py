data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

big = [y for x in data if (y := x * 2) > 6]
print(big, y)

def f():
    [last := v for v in range(5)]
    return last
print(f())

values = iter([1, 2, 0, 3])
while (v := next(values)) != 0:
    print("got", v)

print((a := 10) + a)
def g():
    total = 0
    parts = [total := total + i for i in range(5)]
    return parts, total
print(g())
