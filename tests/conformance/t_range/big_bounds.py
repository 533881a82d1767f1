r = range(0, 2 ** 100, 3)
print(r[0], r[-1], r[10 ** 20], 2 ** 99 in r, (2 ** 99 + 1) in r, r.index(3 * 10 ** 25), r.count(6))
try:
    len(r)
except OverflowError as e:
    print(e)
print(r.__len__ if False else "len overflow checked", range(10 ** 18).__len__() if False else len(range(10 ** 18)))
print(r[5:10], r[::-1][0], len(range(-(2 ** 62), 2 ** 62, 2 ** 40)))
