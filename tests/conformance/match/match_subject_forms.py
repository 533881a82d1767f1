x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject without parens")
match [x, y]:
    case (1, z):
        print("list matched by tuple pattern, z =", z)
match {"k": [1, {"deep": True}]}:
    case {"k": [_, {"deep": flag}]}:
        print("deep flag", flag)
match 42:
    case int(n) | float(n):
        print("number", n)
match = "match is a soft keyword"
case = 5
print(match, case)
_ = "underscore variable"
print(_)
