r = range(0, 20, 5)
print(r, list(r), len(r), r[2], r[-1], 15 in r, 16 in r)
print(r[1:], r[::-1], list(r[::-1]))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5))
print(list(range(10))[s], "abcdefghij"[s])
print(slice(3), slice(None, None, -1).indices(4))
print(range(5).index(3), range(0, 10, 2).count(4))
try:
    range(5).index(7)
except ValueError as e:
    print(e)
