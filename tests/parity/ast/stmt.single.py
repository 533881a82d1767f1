if x:
    print(x)
