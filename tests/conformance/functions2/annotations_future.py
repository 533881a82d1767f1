from __future__ import annotations
def f(a: int, b: list[str] = None, *c: Undefined, d: 1 + 2, **e: "q") -> Dict[str, int]: pass
print(f.__annotations__)
class C:
    x: int
    y: List[Foo] = 3
    z: "a"
print(C.__annotations__)
def g(a: lambda: 0 = 1): pass
print(g.__annotations__)
x: int = 5
print(__annotations__)
def h(a: (yield)): pass
