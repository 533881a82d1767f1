class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self
    def __exit__(self, *exc):
        print("exit depth", self.depth)
        self.depth -= 1

r = Reentrant()
with r:
    with r:
        with r:
            pass
with r as again:
    print(again is r)
print("final depth", r.depth)
