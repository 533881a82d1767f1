def f():
    import a.b
    from c import d as e
    return a, e
