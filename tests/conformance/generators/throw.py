def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"

g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", e)
print(next(g, "closed"))

def not_started():
    yield 1
ns = not_started()
try:
    ns.throw(RuntimeError("early"))
except RuntimeError as e:
    print("before start:", e)

def inner():
    try:
        yield 1
    except IndexError:
        yield "inner caught"
def outer():
    yield from inner()
o = outer()
next(o)
print(o.throw(IndexError))
