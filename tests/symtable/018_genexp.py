def f(n):
    return sum(i for i in n if i)

g = (x for x in range(3))
