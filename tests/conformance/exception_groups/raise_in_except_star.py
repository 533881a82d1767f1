try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as eg:
    print(repr(eg))
    for e in eg.exceptions:
        print(" ", repr(e), "context:", repr(e.__context__))

try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("bare raise keeps group:", repr(eg))
