a = [1, 2, 3]
for f in (lambda: a[3], lambda: a[-4], lambda: a.__setitem__(5, 0), lambda: a["0"], lambda: a[1.0], lambda: a.__delitem__(3), lambda: a[2 ** 100]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 1
print(a[I()], a[True], a[-3])
