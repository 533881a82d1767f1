def loops(xs):
    for x in xs:
        if x < 0:
            continue
        if x > 10:
            break
    else:
        print("no break")
    while xs and not xs[0]:
        xs.pop()
    return [y for y in xs if y], {k: v for k, v in enumerate(xs)}

def chains(a, b, c):
    return a < b < c, a is None, a in b, not a

def cond(a):
    if a is None or (a == 1 and a != 2):
        return 1
    assert a, "message"
    return 2
