def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def hello(name):
    return "hello " + name

print(hello("world"))
print(hello.__name__)

def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def one():
    return 1

print(one())

order = []
def tag(label):
    order.append("make " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco

@tag("a")
@tag("b")
def target():
    pass
print(order)
