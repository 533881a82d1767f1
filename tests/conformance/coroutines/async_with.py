class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

async def main():
    async with Resource("db") as r:
        print("using", r)
    async with Resource("a") as a, Resource("b") as b:
        print("both", a, b)
    async with Resource("suppress"):
        raise KeyError("hidden")
    try:
        async with Resource("propagate"):
            raise ValueError("visible")
    except ValueError as e:
        print("caught", e)
    return "ok"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
