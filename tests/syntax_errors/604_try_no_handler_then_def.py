try:
    pass
def f():
    pass
