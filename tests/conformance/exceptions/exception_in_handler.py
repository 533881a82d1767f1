def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

try:
    f()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

def g():
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise IndexError("b")
try:
    g()
except IndexError as e:
    print("context cleared after handler:", e.__context__)

def h():
    try:
        raise ValueError("x")
    except ValueError as e:
        raise e
try:
    h()
except ValueError as e:
    print("re-raising same object keeps context None:", e.__context__)
