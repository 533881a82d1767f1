print(len("abc"), len(b""), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(frozenset()), len(bytearray(5)), len(memoryview(b"ab")), len("\U0001F600"))
class L:
    def __len__(self):
        return 7
print(len(L()))
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2 ** 70
class Flt:
    def __len__(self):
        return 1.0
for o in (Neg(), Big(), Flt(), 5, iter([]), None):
    try:
        print(len(o))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
