def f():
    try:
        pass
    except E:
        def g(): pass
    else:
        def h(): pass
    finally:
        def i(): pass
