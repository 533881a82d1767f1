class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))

class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v

print(Val(1) == Val(1), Val(1) != Val(2), Val(1) == 1)
print(Val.__hash__)
try:
    hash(Val(1))
except TypeError as e:
    print(e)
try:
    {Val(1)}
except TypeError as e:
    print(e)

class HVal(Val):
    def __hash__(self):
        return hash(self.v)
print(len({HVal(1), HVal(1), HVal(2)}))

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(e)

class KeepHash(Val):
    __hash__ = object.__hash__
print(isinstance(hash(KeepHash(1)), int))
