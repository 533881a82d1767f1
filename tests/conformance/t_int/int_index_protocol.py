class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][I(1)], "abc"[I(-1)], range(10)[I(2):I(5)], bin(I(5)), hex(I(255)))
print(list(range(I(3))), "x" * I(3), [0] * I(2), bytes(I(2)), I(7).__index__(), pow(2, I(3)) if False else "")
class Bad:
    def __index__(self):
        return "no"
try:
    [1][Bad()]
except TypeError as e:
    print(e)
try:
    "x" * 2.0
except TypeError as e:
    print(e)
