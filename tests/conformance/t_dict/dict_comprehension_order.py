d = {k: v for k, v in zip("dcba", range(4))}
print(d, {v: k for k, v in d.items()}, {x % 3: x for x in range(10)}, {k: d[k] for k in sorted(d)})
