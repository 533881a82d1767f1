B = 2 ** 80
r = range(-B, B, 7)
print(r, r[0], r[-1], r[3], r[-3], r.count(-B + 14), r.index(-B + 21), -B + 22 in r, B in r)
print(r[::-1], r[::-1][0] == r[-1], r[10:20:3], list(r[10:20:3]), r[B:], len(r[B:]) if False else "-")
print(list(range(B, B + 10, 3)), list(reversed(range(B, B + 10, 3))), type(iter(range(B, B + 1))).__name__)
print(range(0, B) == range(0, B), range(0, B) == range(0, B, 2), range(B, B) == range(0), hash(range(B, B)) == hash(range(0)))
print(bool(range(B, B)), bool(range(B, B + 1)), range(B, 0, -B // 4), list(range(B, 0, -B // 4)))
print(range(10)[B:], range(10)[-B:3], range(10)[::B], list(range(10)[::-B]))
it = iter(range(B, B + 3))
print(it.__length_hint__(), next(it), it.__length_hint__())
try:
    range(B)[B]
except IndexError as e:
    print(e)
try:
    range(0, 10)[::0]
except ValueError as e:
    print(e)
print(sum(range(B, B + 4)), max(range(B, B + 4)), sorted(range(B + 3, B, -1))[0] == B + 1)
print(range(True, 5, True), range(3)[True], range(3)[False:True])
print(hash(range(B, B + 10, 3)), hash(range(-B, B)), hash(range(5, 100, 7)), hash(range(0, 2 ** 63)), hash(range(-B, B, B // 3)))
