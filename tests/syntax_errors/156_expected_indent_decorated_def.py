@d
def f():
pass
