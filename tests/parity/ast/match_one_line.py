# `case` clauses written on one line, and `case` as a name outside a match block.
match command:
    case "go": go()
    case [x, y]: move(x, y)
    case {"k": v}: use(v)
    case Point(x=0): origin = True
    case _: pass
case = 1
case[x]: int
