class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), [x for x in Seq()], 20 in Seq(), 5 in Seq())
for v in Seq():
    print("v", v)
a, b, c = Seq()
print(a, b, c)
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
class StopSeq:
    def __getitem__(self, i):
        if i >= 2: raise StopIteration
        return i
print(list(StopSeq()))
class KeySeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeySeq())
except KeyError as e:
    print("KeyError", e)
for bad in [1, 1.5, None, object()]:
    try:
        for _ in bad: pass
    except TypeError as e:
        print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    list(NoNext())
except TypeError as e:
    print(e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(e)
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), max(Counter(5)))
try:
    next(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
print(next(iter([]), "default"))
class Call:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Call(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    [x for x in 3]
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    sorted(5)
except TypeError as e:
    print(e)
try:
    "".join(5)
except TypeError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
try:
    set(3.5)
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    yield_from = None
    def g(): yield from 5
    list(g())
except TypeError as e:
    print(e)
class GetitemNotSeq:
    __getitem__ = None
try:
    iter(GetitemNotSeq())
except TypeError as e:
    print(e)
def genstop():
    yield 1
    raise StopIteration
try:
    list(genstop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
