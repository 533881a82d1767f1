try:
    try:
        raise KeyError("original")
    except KeyError:
        raise ValueError("during") from IndexError("explicit cause")
except ValueError as err:
    saved = err
print(repr(saved.__cause__), repr(saved.__context__))
raise saved
