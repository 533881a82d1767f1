if a:
    try:
        pass
