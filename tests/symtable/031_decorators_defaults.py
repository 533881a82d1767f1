def deco(x): return x
@deco
def f(a=lambda: b, *, k=[c for c in d]) -> ret:
    pass
