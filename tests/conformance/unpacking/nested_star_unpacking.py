data = [(1, (2, 3, 4)), (5, (6,)), (7, (8, 9))]
for a, (b, *c) in data:
    print(a, b, c)
(first, *_), *others = [[1, 2, 3], [4], [5]]
print(first, others)
[[a, b], [c, *d]] = ["xy", "zw!"]
print(a, b, c, d)
head, *body, tail = "abcdef"
print(head, "".join(body), tail)
