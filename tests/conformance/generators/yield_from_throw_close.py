def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner handles", e)
        yield "i-recovered"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("inner returned", r)
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped", e)
