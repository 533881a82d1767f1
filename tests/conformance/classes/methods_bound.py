class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"

g = Greeter("Ann")
m = g.greet
print(m("Bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
print(Greeter.greet(g, "Cy"))
print(type(m).__name__, type(Greeter.greet).__name__)
print(g.greet == g.greet, g.greet is g.greet)
f = Greeter.greet
print(f(g, "Di"))
g.greet = lambda o: "instance attr " + o
print(g.greet("Ed"))
try:
    Greeter.greet("x")
except TypeError as e:
    print(e)
