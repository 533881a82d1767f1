class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Record:
    title = Field()
    year = Field()

r = Record()
print(r.title)
r.title = "Dune"
r.year = 1965
print(r.title, r.year, sorted(vars(r).items()))
print(type(Record.title).__name__, Record.title.name)

f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))
