def f(a):
    return f'{a!r:{width}} {b=}'
