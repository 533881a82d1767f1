# yield from: send/throw/close delegation and return values
def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "after"
    return "outer-done"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g, "END"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("closed")

g = outer()
next(g)
g.close()
print(g.gi_frame)

def sub_list():
    r = yield from [10, 20, 30]
    print("list result", r)
    r = yield from "ab"
    print("str result", r)
    r = yield from range(2)
    return r
print(list(sub_list()))

def gen_ret():
    return 5
    yield
def wrap():
    v = yield from gen_ret()
    print("v =", v)
list(wrap())

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom-value")
        return self.n
def w2():
    r = yield from It()
    print("custom it result", r)
print(list(w2()))

# send to a plain iterator delegate fails
def w3():
    yield from iter([1, 2])
g = w3()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

# throw into delegate without throw method
def w4():
    try:
        yield from iter([1, 2])
    except ValueError as e:
        print("w4 caught", e)
        yield 99
g = w4()
next(g)
print(g.throw(ValueError("boom")))

# yield from non-iterable
def w5():
    yield from 5
try:
    next(w5())
except TypeError as e:
    print("TypeError", e)

# StopIteration value forms
def r1():
    return (1, 2)
    yield
try:
    next(r1())
except StopIteration as e:
    print(e.value, e.args)
def r2():
    return StopIteration("x")
    yield
try:
    next(r2())
except StopIteration as e:
    print(repr(e.value), e.args)
def r3():
    return None
    yield
try:
    next(r3())
except StopIteration as e:
    print(e.value, e.args)
