# reversed() of dict subclasses and of dict views; dict equality with subclasses.
class D(dict):
    pass


class R(dict):
    def __reversed__(self):
        return iter(["custom"])


d = D(a=1, b=2, c=3)
print(list(reversed(d)))
print(list(reversed(R(x=1))))
print(list(reversed({1: 2, 3: 4}.keys())))
print(list(reversed({1: 2, 3: 4}.values())))
print(list(reversed({1: 2, 3: 4}.items())))
print(list(reversed(d.items())), list(reversed(d.values())))
print(list(reversed({})), list(reversed({}.items())))
print({1: 2} == D({1: 2}), D({1: 2}) == {1: 2}, D(a=1) != {"a": 2})
try:
    reversed(set())
except TypeError as e:
    print(e)
