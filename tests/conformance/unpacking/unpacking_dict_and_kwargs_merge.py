defaults = {"color": "red", "size": 1}
overrides = {"size": 3, "shape": "circle"}
merged = {**defaults, **overrides}
print(merged)
def draw(**opts):
    return ", ".join(f"{k}={v}" for k, v in sorted(opts.items()))
print(draw(**defaults, **{"shape": "square"}))
try:
    draw(**defaults, **{"size": 2})
except TypeError as e:
    print(e)
print(dict(**defaults, extra=True))
a, b = {"x": 1, "y": 2}.values()
print(a, b)
(k1, v1), (k2, v2) = merged.items() if len(merged) == 2 else list(merged.items())[:2]
print(k1, v1, k2, v2)
