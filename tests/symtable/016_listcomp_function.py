def f(n):
    return [i for i in range(n) if i % 2]
