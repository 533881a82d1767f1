class A:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
print(vars(A()), "cls_attr" in vars(A), type(vars(A)).__name__)
def f():
    x = 1
    return vars()
print(f())
for o in (1, "s", [1]):
    try:
        vars(o)
    except TypeError as e:
        print(e)
class S:
    __slots__ = ("x",)
try:
    vars(S())
except TypeError as e:
    print(e)
