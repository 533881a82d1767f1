import sys
n = 0
while 1:
    n += 1
    if n >= 1000:
        break
print(n)
seen = set()
x = 7
while x not in seen:
    seen.add(x)
    x = (x * x + 1) % 97
print(len(seen), x)
it = iter(range(100))
for v in it:
    if v > 10:
        break
print(v, next(it), len(list(it)))
