class C:
    match v:
        case [a, b]:
            pass
    r = [a for a in b]
