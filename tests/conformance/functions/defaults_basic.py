def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(greet.__defaults__)

def counter(x, acc=[]):
    acc.append(x)
    return acc

print(counter(1))
print(counter(2))
print(counter(3, []))
print(counter(4))

def none_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(none_default(1), none_default(2))
