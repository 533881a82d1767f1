a = list(range(12))
del a[1]
del a[-1]
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[100:]
del a[:]
print(a)
try:
    del a[0]
except IndexError as e:
    print(e)
