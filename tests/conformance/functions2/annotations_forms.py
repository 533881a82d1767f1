def f(a: int, b: list[str] = None, *c: "Undefined", d: 1 + 2, **e: "q") -> dict: pass
print(f.__annotations__)
class C:
    x: int
    y: list = 3
    z: "a"
    (w): int = 1
    obj = object()
print(C.__annotations__, C.y)
x: int = 5
y: str
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(e)
def local():
    z: int
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
    q: int = 3
    return q
print(local())
class D:
    pass
d = D()
d.attr: int = 5
print(d.attr)
lst = [0]
lst[0]: int = 7
print(lst)
try:
    undefined_ann: Undefined = 1
except NameError as e:
    print(e)
def ev():
    print("evaluated")
    return int
v: ev() = 1
print(__annotations__)
