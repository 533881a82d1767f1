a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:2], a[100:200], a[-100:2], a[::-100])
print(a[slice(1, 8, 3)], a[None:None:None], a[True:3])
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    a["1":2]
except TypeError as e:
    print(e)
