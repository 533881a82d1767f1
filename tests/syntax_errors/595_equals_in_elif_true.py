if a:
    pass
elif True = 1:
    pass
