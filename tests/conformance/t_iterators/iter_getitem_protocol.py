class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Old()), 4 in Old(), 5 in Old(), type(iter(Old())).__name__)
class NotIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
