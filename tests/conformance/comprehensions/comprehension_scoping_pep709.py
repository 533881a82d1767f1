x = "module x"
print([x for x in range(3)], x)

def func():
    y = "local y"
    r = [y for y in "ab"]
    return r, y
print(func())

def closure_in_comp():
    fns = [lambda: n for n in range(3)]
    return [f() for f in fns]
print(closure_in_comp())

def uses_locals():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(uses_locals())

def first_iter_evaluated_outside():
    data = [1, 2, 3]
    return [data for data in data]
print(first_iter_evaluated_outside())

class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(K.doubled)
