b = b'\q'
if b
    pass
