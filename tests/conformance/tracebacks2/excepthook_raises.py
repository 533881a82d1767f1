# An excepthook that fails: both its own error and the original one are printed.
import sys


def hook(exc_type, exc, tb):
    print("in hook", exc)
    return {}[exc_type]


sys.excepthook = hook
raise ValueError("original problem")
