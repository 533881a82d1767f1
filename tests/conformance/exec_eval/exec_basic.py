code = """
def square(n):
    return n * n
result = square(7)
"""
ns = {}
exec(code, ns)
print(ns["result"], "square" in ns, "__builtins__" in ns)
print(exec("1 + 1"))
g = {"base": 100}
l = {}
exec("total = base + 1\nbase_seen = base", g, l)
print(sorted(l.items()), "total" in g)
exec("print('printing from exec', __name__)")
exec("print('custom globals', __name__)", {"__name__": "custom"})
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
