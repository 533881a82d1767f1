class A:
    z = 1
    def m(self):
        pass
a = A()
a.inst = 2
print([n for n in dir(a) if not n.startswith("__")], [n for n in dir(A) if not n.startswith("__")])
class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()), "append" in dir([]), "__add__" in dir(1), sorted(set(dir(object)) - set(dir(A))))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
