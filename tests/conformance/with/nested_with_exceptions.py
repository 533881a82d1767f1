class Tracker:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, repr(ev))
        return self.suppress

with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise IndexError("deep")
    print("not reached")
print("outer suppressed it")

with Tracker("outer2"):
    with Tracker("inner2", suppress=True):
        raise IndexError("shallow")
    print("inner suppressed, outer body continues")
