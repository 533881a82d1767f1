class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else None)

def early_return():
    with Log("return"):
        return "value"
    print("unreachable")

print(early_return())
for i in range(3):
    with Log(f"loop {i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("i =", i)

def gen():
    with Log("generator"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
