try:
    raise KeyError("first")
except KeyError:
    raise ExceptionGroup("while handling", [ValueError("v")])
