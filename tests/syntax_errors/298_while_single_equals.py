while a = b:
    pass
