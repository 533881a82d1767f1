d = {'a': 1,
'b': 2

def f():
    pass
