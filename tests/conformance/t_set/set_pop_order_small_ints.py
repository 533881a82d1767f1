s = {5, 3, 1, 4, 2}
out = []
while s:
    out.append(s.pop())
print(out)
print(list({10, 2, 33, 4}), list(frozenset([7, 1, 3])))
