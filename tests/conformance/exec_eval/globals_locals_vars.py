a = 1
def show():
    b = 2
    c = [3]
    print(sorted(locals()))
    print("a" in globals(), "b" in globals())
    print(vars() == locals())
show()
print(globals()["a"])
globals()["dynamic"] = "created via globals()"
print(dynamic)
class K:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(K()))
try:
    vars(5)
except TypeError as e:
    print(e)
print(locals() is globals())
