def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("neg", inner):
            return -evaluate(inner)
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("let", [name, value], body):
            return evaluate(substitute(body, name, evaluate(value)))
        case ("var", name):
            raise NameError(f"free variable {name}")
        case _:
            raise ValueError(f"bad expression {expr!r}")

def substitute(expr, name, value):
    match expr:
        case ("var", n) if n == name:
            return ("num", value)
        case (op, *args):
            return (op, *[substitute(a, name, value) if isinstance(a, tuple) else a for a in args])
    return expr

prog = ("let", ["x", ("add", ("num", 2), ("num", 3))], ("mul", ("var", "x"), ("neg", ("num", 4))))
print(evaluate(prog))
try:
    evaluate(("var", "y"))
except NameError as e:
    print("NameError:", e)
try:
    evaluate(("pow", 1, 2))
except ValueError as e:
    print("ValueError:", e)
