def a():
    try:
        yield 1
        yield 2
    finally:
        print("a finally")

g = a()
next(g)
print(g.close())
print(g.close())
print(list(g))

def b():
    try:
        yield 1
    except GeneratorExit:
        print("b got GeneratorExit")
        yield "bad"

g = b()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def c():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

g = c()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def d():
    try:
        yield 1
    except GeneratorExit:
        return "ret in close"

g = d()
next(g)
print(g.close())

def e():
    yield 1
g = e()
g.close()
print(next(g, "after close"))
g = e()
print(next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("stop after close")

# close not-started: finally doesn't run
def f():
    try:
        print("f start")
        yield
    finally:
        print("f finally")
g = f()
g.close()
print("closed unstarted")

# close propagates through yield from
def inner():
    try:
        yield 1
    finally:
        print("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")
g = outer()
next(g)
g.close()

# GeneratorExit subclass of BaseException
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# generator deleted while suspended runs finally
def h():
    try:
        yield 1
    finally:
        print("h cleanup on del")
g = h()
next(g)
del g
print("after del")

# catching Exception doesn't catch GeneratorExit
def k():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("k finally")
g = k()
next(g)
g.close()
