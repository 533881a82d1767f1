def f(n, m):
    return (i + m for i in n)
