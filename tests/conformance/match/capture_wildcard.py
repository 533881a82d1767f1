def f(value):
    match value:
        case 0:
            return "zero"
        case other:
            return f"captured {other!r}"

print(f(0), f(5), f([1]))

match (1, 2):
    case _:
        print("wildcard matches anything")

def g(v):
    match v:
        case [_, _]:
            return "pair"
        case [_, _, *_]:
            return "three or more"
        case _:
            return "no"
print(g([1, 2]), g((1, 2, 3, 4)), g("ab"), g([1]))
