def f():
    return [[(z := 1) for _ in ()] for _ in ()], z
