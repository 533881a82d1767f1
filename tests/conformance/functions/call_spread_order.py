def show(*args, **kwargs):
    print(args, kwargs)

def val(tag, v):
    print("eval", tag)
    return v

show(val("a", 1), *val("b", [2, 3]), k=val("c", 4), **val("d", {"m": 5}))
show(*[], **{})
show(*"ab", *b"c")
show(*(i for i in range(3)))
show(*{"only": 1})
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**None)
except TypeError as e:
    print(e)
