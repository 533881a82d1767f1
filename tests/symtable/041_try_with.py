def f():
    try:
        pass
    except E as e:
        return e
    finally:
        pass
    try:
        pass
    except* F as g:
        pass
    with open(p) as (h, i), q as j.k:
        pass
