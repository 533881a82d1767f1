import marshal


def add(a, b=10):
    return a + b


data = marshal.dumps(add.__code__)
code = marshal.loads(data)
print(type(code).__name__, code.co_name, code.co_argcount, code.co_varnames)
print(marshal.dumps(code) == data)
ns = {}
exec(marshal.loads(marshal.dumps(compile("def twice(x):\n    return 2 * x\nr = twice(21)\n", "<m>", "exec"))), ns)
print(ns["r"], ns["twice"](5))
nested = marshal.loads(marshal.dumps((add.__code__, [1, "x"], {"k": add.__code__})))
print(nested[0].co_name, nested[1], nested[2]["k"].co_varnames)
try:
    marshal.dumps((add.__code__, object()))
except ValueError as e:
    print("ValueError:", e)
