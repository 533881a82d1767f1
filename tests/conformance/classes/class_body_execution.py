print("before class")
class Loud:
    print("executing class body")
    a = 1
    b = a + 1
    for i in range(3):
        a += i
    del i
    def method(self):
        return "method"
    print("locals at end:", sorted(k for k in locals() if not k.startswith("__")))
print("after class", Loud.a, Loud.b)
print(Loud.__qualname__)

def factory(n):
    class Made:
        size = n
    return Made
print(factory(3).size, factory(4).size, factory(3) is factory(3))
