with a
    pass
