try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg.exceptions), eg.message)

try:
    raise KeyError("not matched")
except* ValueError:
    print("no")
except* KeyError as eg:
    print("wrapped:", repr(eg))

try:
    try:
        raise IndexError("escapes")
    except* ValueError:
        pass
except IndexError as e:
    print("unmatched naked exception re-raised as itself:", repr(e))
