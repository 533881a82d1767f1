class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return len(self.name)
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name.lower() == other.name.lower()

d = {Key("abc"): 1}
print(d[Key("ABC")])
print(Key("xyz") in d)
s = {Key("a"), Key("A")}
print(len(s))

class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
