class C:
    def __call__(self):
        return "called"
    def m(self):
        pass
for v in (len, C, C(), C().m, lambda: 0, 5, "s", print, type, object()):
    print(callable(v), end=" ")
print()
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
x = 1000
print(id(x) == id(x))
