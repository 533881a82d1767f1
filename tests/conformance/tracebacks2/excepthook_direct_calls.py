# sys.excepthook called directly prints like an uncaught exception (several per program).
import sys


class Custom(Exception):
    pass


class Outer:
    class Inner(Exception):
        pass


def raise_and_show(exc):
    try:
        raise exc
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)


raise_and_show(ValueError("plain"))
raise_and_show(Custom())
raise_and_show(Outer.Inner("nested class"))
Custom.__module__ = "somewhere.else"
raise_and_show(Custom("moved"))
Custom.__module__ = None
raise_and_show(Custom("no module"))
Custom.__module__ = "builtins"
raise_and_show(Custom("builtins module"))
Custom.__module__ = "__main__"
Custom.__qualname__ = "Renamed.Custom"
raise_and_show(Custom("renamed"))
raise_and_show(KeyError(""))
raise_and_show(Exception(1, "two"))
sys.excepthook(ValueError, ValueError("no traceback"), None)
sys.excepthook(int, 5, None)
print("done")
