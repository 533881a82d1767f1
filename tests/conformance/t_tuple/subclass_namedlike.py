class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, type(p).__name__, type(p[:1]).__name__, type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
t = (1, 2)
print(tuple(t) is t, t[:] is t, t * 1 is t)
