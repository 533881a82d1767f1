def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
g = outer()
cell = g.__closure__[0]
print(type(cell).__name__, cell.cell_contents, g(), g.__code__.co_freevars, outer.__code__.co_cellvars)
cell.cell_contents = 99
print(g())
def make():
    def h():
        return y
    return h
    y = 1
h = make()
try:
    h.__closure__[0].cell_contents
except ValueError as e:
    print(e)
try:
    h()
except NameError as e:
    print(e)
