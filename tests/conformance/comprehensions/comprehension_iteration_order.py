def src(name, items):
    print("iterating", name)
    return items

def cond(v):
    print("cond", v)
    return v % 2 == 0

r = [(a, b) for a in src("outer", [1, 2]) if cond(a) for b in src("inner", "xy")]
print(r)
d = {src("key", "k") + str(i): src("val", i) for i in range(2)}
print(d)
