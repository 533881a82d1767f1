scores = {"ann": [90, 80], "bob": [70], "cy": [85, 95, 100]}
for name, vals in scores.items():
    print(f"{name}: avg={sum(vals) / len(vals):.1f} n={len(vals)}")
inverted = {}
for name, vals in scores.items():
    for v in vals:
        inverted.setdefault(v // 10 * 10, []).append(name)
print(dict(sorted(inverted.items())))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in counts.items() if v > 1})
