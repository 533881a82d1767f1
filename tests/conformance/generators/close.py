def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")

g = gen()
print(next(g))
g.close()
print("closed")
g.close()
print(next(g, "done"))

def unstarted():
    try:
        yield 1
    finally:
        print("never printed")
u = unstarted()
u.close()
print("unstarted closed quietly")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignoring"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
r = returns_on_close()
next(r)
print(r.close())
