# Without sys.excepthook the interpreter says so and prints the exception itself.
import sys

del sys.excepthook
print("deleted")
raise RuntimeError("no hook")
