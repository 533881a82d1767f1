x = "global"

class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    items = [x for _ in range(2)]
    z = [i for i in range(3)]

print(C.y)
print(C().method())
print(C.items)
print(C.z)

def f():
    v = "enclosing"
    class D:
        w = v
        def m(self):
            return v
    class E:
        try:
            w = v
        except NameError as e:
            w = "NameError: " + str(e)
        v = "class-level"
        def m(self):
            return v
    return D, E
D, E = f()
print(D.w, D().m())
print(E.w, E.v, E().m())
