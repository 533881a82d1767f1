class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1, 2])
l.append(5)
l.extend([7])
print(l, type(l).__name__, type(l + [1]).__name__, type(l[:1]).__name__, isinstance(l, list), l == [1, 2, 10, 7])
class L2(list):
    def __repr__(self):
        return "L2" + super().__repr__()
print(L2([1]), [L2([2])])
