class A:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
class Bad:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
print(bool(A()), bool(L()), bool(N()))
for o in (Bad(), BadLen()):
    try:
        print(bool(o))
    except Exception as e:
        print(type(e).__name__, e)
print(not A(), not N())
