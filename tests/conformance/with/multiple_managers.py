class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise ValueError(self.name + " failed to enter")
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)

with CM("a") as a, CM("b") as b:
    print("inside", a, b)
print("--")
try:
    with CM("x"), CM("y", fail=True), CM("z"):
        print("unreachable")
except ValueError as e:
    print("caught", e)
print("--")
with (
    CM("p") as p,
    CM("q") as q,
):
    print("parenthesized", p, q)
