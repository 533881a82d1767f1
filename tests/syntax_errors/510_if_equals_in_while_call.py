while f(x) = 1:
    pass
