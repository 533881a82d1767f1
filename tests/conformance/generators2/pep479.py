def g():
    yield 1
    raise StopIteration("inside")

try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
    print(e.__suppress_context__)

def g2():
    yield 1
    next(iter([]))
it = g2()
next(it)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# StopIteration subclass
class MyStop(StopIteration):
    pass
def g3():
    raise MyStop
    yield
try:
    next(g3())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# caught inside the generator is fine
def g4():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled"
print(list(g4()))

# return inside is fine
def g5():
    yield 1
    return
print(list(g5()))

# the generator is finished after RuntimeError
it = g()
next(it)
try:
    next(it)
except RuntimeError:
    pass
print(next(it, "finished"))

# uncaught: traceback
def g6():
    yield 1
    raise StopIteration
for x in g6():
    print(x)
