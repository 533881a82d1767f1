env = {"x": 3, "y": 4}
exprs = ["x * y", "x ** 2 + y ** 2", "(x + y) // 2", "[x] * y", "max(x, y)", "x if x > y else y", "abs(x - y * 2)"]
for e in exprs:
    print(e, "=", eval(e, dict(env)))

def calc(expr, **variables):
    return eval(expr, {"__builtins__": {}}, variables)
print(calc("a + b * c", a=1, b=2, c=3))
try:
    calc("len(a)", a=[1])
except NameError as e:
    print("NameError:", e)
