values = [0, 1, -1, 0.0, "", "0", [], [0], {}, {"": 0}, set(), None, (), ((),), range(0), range(1), b"", 0j]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
print("yes" if x else "no", x and "and-value", x or "or-value", 0 or [] or None)
