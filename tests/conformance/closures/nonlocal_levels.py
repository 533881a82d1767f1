def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = x + "c"
            return x
        r = c()
        return r + "|" + x
    r = b()
    return r, x

print(a())

def shadow():
    x = 1
    def inner():
        x = 2
        def deepest():
            nonlocal x
            x += 10
        deepest()
        return x
    return inner(), x
print(shadow())
