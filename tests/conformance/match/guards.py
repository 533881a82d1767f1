calls = []
def noisy(v):
    calls.append(v)
    return v

def grade(score):
    match score:
        case int(s) if noisy(s) >= 90:
            return "A"
        case int(s) if s >= 80:
            return "B"
        case int(s) if s >= 70:
            return "C"
        case int():
            return "F"
        case _:
            return "invalid"

print([grade(s) for s in (95, 85, 72, 10, "x")])
print(calls)

match [1, 2]:
    case [a, b] if a > b:
        print("descending")
    case [a, b]:
        print("bound even after failed guard:", a, b)
