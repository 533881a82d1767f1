def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1+2j:
            return "complex"
        case _:
            return "other"

for v in (0, 2, "hello", b"bytes", None, True, False, -1, 2.5, 1+2j, 1.0, "x", 0.0):
    print(repr(v), "->", describe(v))
