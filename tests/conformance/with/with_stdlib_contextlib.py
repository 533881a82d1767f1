import contextlib

@contextlib.contextmanager
def section(title):
    print("begin", title)
    try:
        yield len(title)
    finally:
        print("end", title)

with section("intro") as n:
    print("length", n)

with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed by contextlib.suppress")

try:
    with section("failing"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e)
