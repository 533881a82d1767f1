class P:
    def __init__(self, a, b):
        self.a, self.b = a, b

for args in ((), (1,), (1, 2, 3)):
    try:
        P(*args)
    except TypeError as e:
        print(e)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
try:
    NoInit(x=1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
