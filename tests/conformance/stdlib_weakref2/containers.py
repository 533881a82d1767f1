import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"


# WeakValueDictionary
cache = weakref.WeakValueDictionary()
a, b, c = Obj(1), Obj(2), Obj(3)
cache["a"] = a
cache["b"] = b
cache["c"] = c
print(len(cache), sorted(cache.keys()), cache["b"])
del b
print(len(cache), sorted(cache), "b" in cache, cache.get("b", "gone"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted(v.n for v in cache.values()), sorted(k for k, v in cache.items()))
print(cache.pop("a"), len(cache))
print(cache.setdefault("z", c) is c, len(cache))
a = None
c = None
print(len(cache), list(cache.items()))

# WeakKeyDictionary
meta = weakref.WeakKeyDictionary()
k1, k2 = Obj(10), Obj(20)
meta[k1] = "ten"
meta[k2] = "twenty"
print(len(meta), meta[k1], k2 in meta, sorted(meta.values()))
del k1
print(len(meta), list(meta.values()), [k.n for k in meta.keys()])
meta[k2] = "TWENTY"
print(meta.get(k2), len(meta))
del meta[k2]
print(len(meta), k2 in meta, 5 in meta)

# WeakSet
ws = weakref.WeakSet()
items = [Obj(i) for i in range(5)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
del items[1:3]
print(len(ws), sorted(o.n for o in ws))
ws.discard(items[0])
print(len(ws))
items.clear()
print(len(ws), list(ws))
ws2 = weakref.WeakSet([Obj(99)])
print(len(ws2))
keep = [Obj(1), Obj(2)]
w1 = weakref.WeakSet(keep)
w2 = weakref.WeakSet(keep[:1])
print(w2 <= w1, w1 >= w2, len(w1 | w2), len(w1 & w2), len(w1 - w2))
try:
    ws.add(3)
except TypeError as e:
    print("TypeError:", e)
