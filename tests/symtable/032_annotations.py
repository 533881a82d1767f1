x: int = 1
y: str
(z): int = 2
a.b: int
def f(p: P, *q: Q, r: R = 1, **s: S) -> T:
    v: V = 1
    w: W
    return v
