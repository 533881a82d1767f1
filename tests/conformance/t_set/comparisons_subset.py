sets = [set(), {1}, {1, 2}, {2, 3}, {1, 2, 3}]
for a in sets:
    print([(a < b, a <= b, a == b) for b in sets])
