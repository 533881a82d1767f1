print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[1], r[-1], r[1:3], 9 in r, 10 in r, r.index(13), r.count(5))
print(list(reversed(range(3))), range(3) == range(0, 3), range(0) == range(5, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 7)), big[-1])
for i in range(3, 0, -1):
    print(i, end=" ")
print()
