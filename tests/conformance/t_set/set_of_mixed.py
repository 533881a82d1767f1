s = {1, 1.0, True, 2, 2.5, (1, 2), None}
print(len(s), 1 in s, 2.0 in s, (1, 2) in s, None in s)
print(sorted(str(x) for x in s))
print({0, False, 0.0, -0.0}, {1, True})
