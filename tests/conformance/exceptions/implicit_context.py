try:
    try:
        {}["missing"]
    except KeyError:
        int("nope")
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)

def handler():
    try:
        raise OSError("first")
    except OSError:
        try:
            raise RuntimeError("second")
        except RuntimeError as inner:
            return inner

err = handler()
print(repr(err), repr(err.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), repr(e.__context__))
