from __future__ import annotations
x: Undefined = 1
def f(a: A) -> B:
    y: C = 2
    return y
