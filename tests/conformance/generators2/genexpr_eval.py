# first iterable evaluated eagerly
def src(name, n):
    print("evaluating", name)
    return range(n)

g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(list(g))

try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

def boom():
    raise ValueError("cond")
g = (x for x in range(3) if boom())
print("cond lazy")
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

# late binding of other names
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

# generator expression exhausts once
g = (i for i in range(3))
print(sum(g), sum(g))
print(list(i*i for i in range(5)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(dict((k, v) for k, v in zip("abc", range(3))))
# genexpr in class scope
class K:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
    try:
        bad = list(v for v in vals for w in vals)
    except NameError as e:
        print("NameError:", e)
print(K.doubled)
# StopIteration inside genexpr
def stopper():
    raise StopIteration
g = (stopper() for _ in range(2))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
# first iterable's iter() is called eagerly
class Tracked:
    def __iter__(self):
        print("__iter__ called")
        return iter([1, 2])
g = (x for x in Tracked())
print("after genexpr")
print(list(g))
# genexpr send
g = (x for x in range(3))
print(next(g), g.send(None))
try:
    (x for x in range(3)).send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.gi_code.co_name, g.gi_frame.f_locals.keys() if g.gi_frame else None)
