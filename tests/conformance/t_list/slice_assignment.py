a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 8]
print(a)
a[:] = "abc"
print(a)
a[5:10] = [1]
print(a)
a[-1:] = []
print(a)
a[:0] = range(3)
print(a)
a[1:3] = a
print(a)
b = [1, 2, 3]
b[3:0] = [9]
print(b)
try:
    b[0:1] = 5
except TypeError as e:
    print(e)
