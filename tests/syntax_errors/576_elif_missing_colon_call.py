if a:
    pass
elif f(b)
    pass
