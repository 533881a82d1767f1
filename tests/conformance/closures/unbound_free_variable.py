def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    x = 1
    print(inner())

outer()

def outer2():
    def inner():
        nonlocal y
        y = 5
    y = 0
    inner()
    return y
print(outer2())

def outer3():
    z = 1
    def inner():
        return z
    del z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
outer3()
