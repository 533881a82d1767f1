class Registry(type):
    def __iter__(cls):
        return iter(sorted(cls.members))
    def __len__(cls):
        return len(cls.members)
    def __getitem__(cls, k):
        return cls.members[k]
    def __repr__(cls):
        return f"<registry {cls.__name__}>"
    def describe(cls):
        return f"{cls.__name__} with {len(cls)} members"

class Colors(metaclass=Registry):
    members = {"red": 1, "green": 2, "blue": 3}

print(list(Colors), len(Colors), Colors["green"])
print(repr(Colors), Colors.describe())
print(hasattr(Colors(), "describe"))
print(Colors)
