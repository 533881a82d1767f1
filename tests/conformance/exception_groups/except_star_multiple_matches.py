def raise_group():
    raise ExceptionGroup("mixed", [
        ValueError("v1"), KeyError("k1"), ValueError("v2"),
        ExceptionGroup("inner", [KeyError("k2"), OSError("o1")]),
    ])

try:
    raise_group()
except* ValueError as eg:
    print("V:", repr(eg))
except* LookupError as eg:
    print("L:", repr(eg))
except* Exception as eg:
    print("rest:", repr(eg))
