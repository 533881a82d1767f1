print(x, end='' file=f)
