class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.speak(), a.kind())
print(Puppy.__mro__)
print(isinstance(Puppy("x"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__base__.__name__)
