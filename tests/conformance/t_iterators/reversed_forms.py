print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(b"ab")))
class R:
    def __reversed__(self):
        return iter("custom")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())), list(reversed(Seq())))
for o in ({1, 2}, iter([1]), 5, (x for x in "a")):
    try:
        reversed(o)
    except TypeError as e:
        print(e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
