def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case (x, y, z):
            return f"three: {x} {y} {z}"
        case [first, *rest]:
            return f"first={first} rest={rest}"

for v in ([], [1], (1, 2), [1, 2, 3], range(5), (9, 8, 7, 6)):
    print(shape(v))
for v in ("ab", b"ab", {1: 2}, {1, 2}, bytearray(b"ab")):
    match v:
        case [a, b]:
            print("sequence", v)
        case _:
            print("not a sequence:", type(v).__name__)
