from contextlib import ExitStack, contextmanager, suppress
import functools

@contextmanager
def reraiser():
    try:
        yield
    except KeyError:
        raise RuntimeError("translated")
try:
    with reraiser():
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)

@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("inner stop")
except StopIteration as e:
    print("StopIteration passes through:", e)

@contextmanager
def gen_cm():
    yield 1
cm = gen_cm()
with cm as v:
    print("first use", v)
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner callback")
    outer.callback(print, "outer callback")

def handler(exc_type, exc, tb):
    print("exit handler got", exc_type.__name__ if exc_type else None)
    return exc_type is ZeroDivisionError
with ExitStack() as stack:
    stack.push(handler)
    1 / 0
print("zero division suppressed by push()")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("remaining", repr(eg.exceptions))
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("all suppressed")
@functools.wraps(print)
def w(*a):
    pass
print(w.__name__)
