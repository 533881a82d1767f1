a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -2, [a] * 2, a == [1, 2], a < [1, 3], a < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], a != (1, 2))
print(1 in a, 3 not in a, [[]] * 3, len([[]] * 3))
m = [[0]] * 3
m[0].append(1)
print(m)
for f in (lambda: a < [1, "x"], lambda: a * "2", lambda: a + (3,)):
    try:
        print(f())
    except TypeError as e:
        print(e)
a *= 2
print(a)
