def f(v):
    match v:
        case 1:
            return "one"
        case [2]:
            return "list of two"
    return "fell through"

print(f(1), f([2]), f(3))
result = "unchanged"
match "zzz":
    case "a":
        result = "a"
print(result)
