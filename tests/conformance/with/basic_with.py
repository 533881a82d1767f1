class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False

with Managed("one") as m:
    print("body with", m.name)
with Managed("no-as"):
    print("body without target")
print("done")
