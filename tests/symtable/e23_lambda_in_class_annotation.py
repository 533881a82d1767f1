class C:
    type A = lambda: 1
