def True():
    pass
