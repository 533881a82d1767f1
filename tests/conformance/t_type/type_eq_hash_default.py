class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, hash(a) == hash(a), {a: 1}[a], len({a, b}))
class E:
    def __eq__(self, o):
        return True
print(E() == 1, E.__hash__ is None, 1 == E(), E() != 2)
