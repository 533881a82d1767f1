def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(e)

def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(ok()))
