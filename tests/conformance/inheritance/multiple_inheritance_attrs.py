class Walker:
    legs = 2
    def move(self):
        return "walk"

class Swimmer:
    fins = True
    def move(self):
        return "swim"

class Duck(Walker, Swimmer):
    pass

class Fish(Swimmer, Walker):
    pass

d, f = Duck(), Fish()
print(d.move(), f.move(), d.legs, d.fins, f.legs)
print(Swimmer.move(d))
print(Duck.__bases__)
print(isinstance(d, Swimmer), isinstance(f, Walker))

class Mixin:
    def describe(self):
        return "I am " + self.name()
class Named:
    def name(self):
        return "named-" + type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().describe())
