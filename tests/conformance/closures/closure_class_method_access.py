def build(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}"
        @classmethod
        def kind(cls):
            return f"{cls.__name__} saying {greeting!r}"
        @staticmethod
        def raw():
            return greeting
    return Greeter
G = build("Hi")
H = build("Yo")
print(G().greet("a"), H().greet("b"), G.kind(), H.raw())
print(G is H, G.__qualname__)
