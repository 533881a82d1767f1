if not x
    pass
