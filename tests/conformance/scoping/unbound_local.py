x = 10

def f():
    print(x)
    x = 5

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))

def g():
    if False:
        y = 1
    return y
try:
    g()
except UnboundLocalError as e:
    print(e)

def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)

def k():
    x += 1
try:
    k()
except UnboundLocalError as e:
    print(e)
