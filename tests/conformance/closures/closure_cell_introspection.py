def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
f = outer()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
f.__closure__[0].cell_contents = 100
print(f())
def empty_cell():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 5
    return cell.cell_contents
print(empty_cell())
