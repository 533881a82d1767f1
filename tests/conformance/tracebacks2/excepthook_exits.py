# SystemExit raised inside the excepthook sets the exit status.
import sys


def hook(exc_type, exc, tb):
    print("hook:", exc_type.__name__)
    sys.exit(7)


sys.excepthook = hook
raise TypeError("whatever")
