def g$et():
    pass
