class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "%d%s" % (self.v, self.tag)
print(sorted([V(2, "a"), V(1, "b"), V(2, "c"), V(1, "d"), V(0, "e")]))
print(max([V(2, "a"), V(2, "b")]), min([V(1, "a"), V(1, "b")]))
class G:
    def __gt__(self, other):
        return True
    def __repr__(self):
        return "G"
print(sorted([G(), G()]))
