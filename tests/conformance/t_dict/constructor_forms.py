print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, j=2), dict(zip("ab", range(2))), dict([[1, 2], "ab"]), dict({1: 2}.items()))
for args, kw in (((1,), {}), (([1, 2],), {}), (([(1, 2, 3)],), {}), (({}, {}), {}), ((["ab", "c"],), {})):
    try:
        print(dict(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(M()))
