while a:
    pass
else
    pass
