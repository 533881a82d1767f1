from .cx import f
def g():
    return "g"
