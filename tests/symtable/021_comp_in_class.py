class C:
    z = [i for i in range(3)]
    w = [z for _ in range(2)]
    g = (z for _ in range(2))
