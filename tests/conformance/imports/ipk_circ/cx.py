from .cy import g
def f():
    return "f"
