class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)

g = Grid()
g[1, 2] = 5
g[0, 0] += 3
print(g[1, 2], g[9, 9])
print((1, 2) in g, (5, 5) in g, (5, 5) not in g)
del g[1, 2]
print(len(g))
g[1:3] = "slice"
print(sorted(g.cells, key=repr))
print(g[::2])
try:
    del g["nope"]
except KeyError as e:
    print("KeyError", e)
