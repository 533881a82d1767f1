class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2

p = Pt(3, 4)
x, y = p
print(x, y, list(p), tuple(p), p[1], len(p), dict([p, Pt("k", "v")]))
print(max(p), sum(p), sorted(p, reverse=True), [*p], {*p})
print(p == Pt(3, 4), p != Pt(3, 4))
