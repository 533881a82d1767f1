d = {i: str(i) for i in range(6)}
del d[0]
del d[5]
print(len(d), 0 in d, 3 in d, "3" in d, d)
d[0] = "back"
print(d, list(d)[-1])
