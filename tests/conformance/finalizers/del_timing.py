class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


print("del statement")
t = Tracked("t1")
del t
print("rebinding")
t = Tracked("t2")
t = Tracked("t3")
print("assign None")
t = None
print("function locals")


def work():
    a = Tracked("local-a")
    b = Tracked("local-b")
    print("  in work")
    return 42


print("work ->", work())
print("returned object survives")


def make():
    return Tracked("made")


m = make()
print("  got", m.name)
del m
print("containers")
lst = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
lst.pop(1)
print("  after pop")
del lst[0]
print("  after del lst[0]")
lst.clear()
print("  after clear")
d = {"x": Tracked("dx"), "y": Tracked("dy")}
d["x"] = 1
print("  after overwrite")
d.clear()
print("  after dict clear")
tup = (Tracked("tup0"), Tracked("tup1"))
del tup
print("attributes")


class Holder:
    pass


h = Holder()
h.item = Tracked("attr")
h.item = None
print("  after attr None")
h.item = Tracked("attr2")
del h
print("  after del holder")
print("temporaries")
print("  len:", len(Tracked("temp").name))
print("  expression done")
print("loop")
for i in range(3):
    x = Tracked(f"loop{i}")
print("  loop done")
del x
print("exception variable")
try:
    raise ValueError(Tracked("in-exc"))
except ValueError as e:
    print("  caught", e.args[0].name)
print("  after except")
print("end")
