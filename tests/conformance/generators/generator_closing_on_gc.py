def tracked(name):
    try:
        yield 1
        yield 2
    finally:
        print("finalised", name)

g = tracked("explicit")
next(g)
del g
print("after del")
for v in tracked("loop-break"):
    break
print("after loop")
def consume():
    g = tracked("function-local")
    return next(g)
print(consume())
print("end")
