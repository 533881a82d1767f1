def parts(seq):
    match seq:
        case [*init, last] if len(init) > 2:
            return ("long", init, last)
        case [first, *middle, last]:
            return ("ends", first, middle, last)
        case [*everything]:
            return ("all", everything)

print(parts([1, 2, 3, 4, 5]))
print(parts([1, 2, 3]))
print(parts([1, 2]))
print(parts([1]))
print(parts(()))
match [1, 2, 3]:
    case [1, *_, 3]:
        print("starts with 1, ends with 3")
match "not a list":
    case [*x]:
        print("no")
    case _:
        print("strings are not sequences for match")
