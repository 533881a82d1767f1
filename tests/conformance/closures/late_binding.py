funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make(n):
    return lambda: n
print([make(i)() for i in range(4)])

def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
