class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.shared.append(Counter.instances)

a, b, c = Counter(), Counter(), Counter()
print(Counter.instances, a.instances, Counter.shared is a.shared, a.shared)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
print("instances" in a.__dict__, "instances" in b.__dict__)
Counter.extra = "added later"
print(c.extra)
print(getattr(c, "missing", "default"))
setattr(c, "dyn", 7)
print(c.dyn, hasattr(c, "dyn"), hasattr(a, "dyn"))
delattr(c, "dyn")
print(hasattr(c, "dyn"))
