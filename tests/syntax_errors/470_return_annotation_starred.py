def f() -> *int:
    pass
