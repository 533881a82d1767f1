import contextlib
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout,
                        redirect_stderr, AbstractContextManager, ContextDecorator)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("bad")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2
print(decorated(21))
print(decorated(1))

with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)

buf = Buffer()
with redirect_stdout(buf):
    print("captured text")
print(repr(buf.getvalue()))
ebuf = Buffer()
with redirect_stderr(ebuf):
    print("err text", file=sys.stderr)
print(repr(ebuf.getvalue()))

with ExitStack() as stack:
    for name in ("a", "b", "c"):
        stack.enter_context(tag(name))
    stack.callback(print, "callback ran", 1)
    print("body")

def cleanup():
    print("cleanup")
with ExitStack() as stack:
    stack.callback(cleanup)
    later = stack.pop_all()
print("moved")
later.close()

class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("suppressor sees", exc[0].__name__ if exc[0] else None)
        return True
with ExitStack() as stack:
    stack.push(Suppressor())
    raise KeyError("gone")
print("after exitstack suppress")
try:
    with ExitStack() as stack:
        stack.callback(lambda: print("first registered, last run"))
        stack.callback(lambda: 1 / 0)
        raise KeyError("original")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, "context:", repr(e.__context__))

class MyCM(AbstractContextManager):
    def __exit__(self, *exc):
        return None
with MyCM() as m:
    print(type(m).__name__)
print(issubclass(Res, AbstractContextManager), issubclass(type(nullcontext()), AbstractContextManager), isinstance(MyCM(), AbstractContextManager))

class mydeco(ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco")
        return False
@mydeco()
def work():
    print("work")
work()
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print("TypeError", e)
