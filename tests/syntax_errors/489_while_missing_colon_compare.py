while a < b
    pass
