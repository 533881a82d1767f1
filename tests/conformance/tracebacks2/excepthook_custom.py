# A replaced sys.excepthook receives the uncaught exception; the original stays in __excepthook__.
import sys

print(sys.excepthook is sys.__excepthook__, repr(sys.excepthook))


def hook(exc_type, exc, tb):
    print("hook called:", exc_type.__name__, exc, type(tb).__name__, tb.tb_lineno)
    print("last_value set:", sys.last_value is exc, sys.last_type is exc_type)
    print("delegating", file=sys.stderr)
    sys.__excepthook__(exc_type, exc, tb)


def fail():
    raise LookupError("nothing here")


sys.excepthook = hook
print("about to fail")
fail()
