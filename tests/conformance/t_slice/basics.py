s = slice(1, 10, 2)
print(s.start, s.stop, s.step, repr(s), slice(5), slice(1, 2), slice(None, "a", [1]), s == slice(1, 10, 2), s != slice(1, 10), slice(1, 2) < slice(1, 3))
class C:
    def __getitem__(self, k):
        return k
c = C()
print(c[1:2], c[::3], c[1:2, 3], c[:, ...], c["a":"b"])
try:
    slice()
except TypeError as e:
    print(e)
try:
    hash(slice(1, 2)) == hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(e)
