counter = 1
def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.name)

show(lambda: countr)
show(lambda: prnt)
show(lambda: totally_unknown_name)
def local_scope():
    value = 1
    return valeu
show(local_scope)
