first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in ["abc", [1, 2]]:
    print(head, tail)
print(type(rest).__name__)
