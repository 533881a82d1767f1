from array import array
import array as array_module

a = array('i', range(5))
a.append(10)
a.extend([20, 30])
a.insert(0, -1)
print(a, len(a), a[0], a[-1], a[2:5], 3 in a, a.count(20), a.index(10))
a[1] = 99
del a[2]
print(a.pop(), a.pop(0), a, a.tolist())
a.remove(99)
a.reverse()
print(a, sum(a), max(a), sorted(a))
b = array('d', [1.5, 2.25])
b += array('d', [3.0])
b *= 2
print(b, b.itemsize, b.typecode, list(b))
raw = array('H', [1, 2, 513]).tobytes()
print(raw, array('H', raw), array('H').__class__)
c = array('h', [1, -2])
c.byteswap()
print(c)
u = array('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[1], len(u))
f = array('f', [0.1, 1e10])
print(f, f[0] == 0.1, f.tobytes().hex())
print(array('b', [1, 2]) == array('b', [1, 2]), array('b', [1]) < array('b', [2]), array('i', [1]) == array('d', [1.0]))
print(array_module.typecodes, array_module.ArrayType is array, repr(array('q')))
fl = array('L')
fl.fromlist([1, 2, 3])
fl.frombytes(bytes(8))
print(fl, array('B', b'\x00\xffab'))
for x in array('i', [7, 8]):
    print(x, end=" ")
print()
try:
    a[100]
except IndexError as e:
    print(e)
try:
    array('i').pop()
except IndexError as e:
    print(e)
arr = array('B', [1, 2, 3])
arr.append(256)
