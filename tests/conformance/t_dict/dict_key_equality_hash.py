class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K) and self.n == o.n
    def __repr__(self):
        return "K%d" % self.n
d = {K(1): "a", K(2): "b", K(1): "c"}
print(d, len(d), d[K(2)], K(3) in d)
