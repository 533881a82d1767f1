class Dog:
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        self.own_tricks.append(trick)

a, b = Dog("a"), Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(Dog.tricks, a.own_tricks, b.own_tricks)
a.tricks = ["mine"]
print(a.tricks, b.tricks, Dog.tricks)
print(sorted(vars(a)), sorted(k for k in vars(Dog) if not k.startswith("__")))
