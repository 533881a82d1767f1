def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def snapshot():
        return tuple(items)
    items.append("initial")
    return add, snapshot

add, snap = make()
add("a"); add("b")
print(snap())
add2, snap2 = make()
print(snap2(), add2("z"), snap2())
print(add.__closure__[0].cell_contents is snap.__closure__[0].cell_contents)
