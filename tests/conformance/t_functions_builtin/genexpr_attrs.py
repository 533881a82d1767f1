g = (x * x for x in range(3))
print(g.__name__, g.__qualname__, type(g).__name__, list(g), list(g))
class K:
    def m(self):
        return (i for i in "ab")
print(K().m().__qualname__)
