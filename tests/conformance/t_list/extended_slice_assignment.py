a = list(range(10))
a[::2] = "abcde"
print(a)
a[::-3] = [0, 0, 0, 0]
print(a)
for seq in ([1, 2], "xyzxyzxyz"):
    try:
        a[::2] = seq
    except ValueError as e:
        print(e)
a[1:2:1] = [5, 6, 7]
print(a)
a[::1] = [1]
print(a)
b = [1, 2, 3, 4]
b[3:0:-1] = "abc"
print(b)
b[2:2:-1] = []
print(b)
