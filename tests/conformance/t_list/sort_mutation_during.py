a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print(e)
print(a)
b = [3, 1, 2]
def key2(x):
    print("key", x, len(b))
    return -x
b.sort(key=key2)
print(b)
