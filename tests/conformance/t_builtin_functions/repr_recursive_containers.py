a = [1]
a.append(a)
d = {"k": 1}
d["self"] = d
t = (a, d)
print(a, d, t, repr(a), str(d))
s = [[]]
s[0].append(s)
print(s)
