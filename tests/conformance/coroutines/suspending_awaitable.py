class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield ("suspended at", self.label)
        return f"{self.label} resumed with {received}"

async def worker():
    a = await Suspend("first")
    print(a)
    b = await Suspend("second")
    print(b)
    return "worker done"

c = worker()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("finished:", e.value)
