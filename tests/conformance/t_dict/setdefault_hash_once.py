class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
d = {}
d[K(1)] = "a"
print(d[K(1)])
d.setdefault(K(2), "b")
print(len(d))
