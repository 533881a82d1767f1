def flatten(eg, depth=0):
    print("  " * depth + f"{type(eg).__name__}: {eg}")
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            flatten(sub, depth + 1)

inner = ExceptionGroup("inner", [ValueError(1), TypeError(2)])
outer = ExceptionGroup("outer", [inner, KeyError(3), ExceptionGroup("empty-ish", [OSError(4)])])
flatten(outer)

try:
    raise outer
except* TypeError as eg:
    print("caught TypeError part:", repr(eg))
except* (KeyError, OSError) as eg:
    print("caught lookup/os part:", repr(eg))
except* ValueError as eg:
    print("caught ValueError part:", repr(eg))
