# sys.tracebacklimit: the traceback module keeps the outermost N entries, the interpreter's
# own printing the innermost N; zero or negative drops them all.
import sys
import traceback


def dive(n):
    if n == 0:
        raise ValueError("deep")
    dive(n - 1)


sys.tracebacklimit = 2
try:
    dive(5)
except ValueError as e:
    traceback.print_exc()
    print(len(traceback.format_exception(e)))
    traceback.print_exc(limit=1)
    traceback.print_exc(limit=-1)
    print(len(traceback.extract_tb(e.__traceback__)))
    print(len(traceback.format_tb(e.__traceback__, limit=-3)))
    sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = -5
try:
    dive(1)
except ValueError as e:
    traceback.print_exc()
    sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 0
try:
    dive(1)
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.tracebacklimit = 2
try:
    dive(5)
except ValueError as e:
    raise KeyError("x") from e
