a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
e = [x[:] for x in a]
a[0].append(99)
a.append("new")
print(b)
print(c)
print(d)
print(e)
print(b is a, c is a, c[0] is a[0], e[0] is a[0])
t = (1, [2])
u = t
t += (3,)
print(u, t)
dd = {"k": [1]}
shallow = dict(dd)
shallow["k"].append(2)
shallow["j"] = 0
print(dd, shallow)
