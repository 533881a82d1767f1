data = [(k % 4, i) for i, k in enumerate([7, 3, 5, 1, 2, 6, 4, 0, 3, 1, 2, 5, 7, 6, 4, 0])]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
recs = [("bob", 3), ("al", 1), ("cy", 3), ("di", 1), ("ed", 2)]
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
