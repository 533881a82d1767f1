def rethrow():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    rethrow()
except ValueError as e:
    print("outer caught", e)

try:
    raise
except RuntimeError as e:
    print(e)

def nested():
    try:
        raise KeyError("k1")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print("re-raised the right one:", repr(e))

def reraise_in_function():
    raise
try:
    try:
        raise TypeError("current")
    except TypeError:
        reraise_in_function()
except TypeError as e:
    print("bare raise in called function:", e)
