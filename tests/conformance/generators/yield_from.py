def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from "ab"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: None})))

def delegate():
    r = yield from ()
    return r
try:
    next(delegate())
except StopIteration as e:
    print("empty delegation", e.value)
