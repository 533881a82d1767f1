src = '''
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def make(n):
    return [Point(i, i * i) for i in range(n)]
'''
ns = {"__name__": "generated"}
exec(src, ns)
pts = ns["make"](3)
print(pts)
print(ns["Point"].__module__, ns["Point"].__qualname__)
print(ns["make"].__code__.co_filename)
code = compile(src, "virtual_file.py", "exec")
ns2 = {}
exec(code, ns2)
print(ns2["make"].__code__.co_filename, ns2["Point"].__module__)
