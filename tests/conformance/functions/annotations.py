def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]

print(f.__annotations__)
print(f(1))

def g(x, y):
    pass
print(g.__annotations__)

x: int = 5
y: str
print(__annotations__)
print(x)
try:
    print(y)
except NameError as e:
    print("NameError:", e)

class C:
    a: int
    b: str = "s"
print(C.__annotations__)
print(hasattr(C, "a"), C.b)
