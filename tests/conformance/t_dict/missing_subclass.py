class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"))
class Bad(dict):
    def __missing__(self, key):
        raise KeyError("custom " + key)
try:
    Bad()["q"]
except KeyError as e:
    print(e)
