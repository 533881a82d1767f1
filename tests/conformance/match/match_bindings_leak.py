match (1, (2, 3)):
    case (a, (b, c)):
        pass
print(a, b, c)

match {"name": "Ann", "age": 30}:
    case {"name": n, "age": age}:
        pass
print(n, age)

def f():
    match [1, 2, 3]:
        case [first, *others]:
            pass
    return first, others
print(f())
