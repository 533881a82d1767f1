def f():
    return [[(w := j) for j in range(i)] for i in range(3)], w
