# runtime scoping errors
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

def unbound_local():
    print(x)
    x = 1
t('unbound', unbound_local)

def unbound_after_del():
    y = 1
    del y
    return y
t('del', unbound_after_del)

def del_unbound():
    del z
    z = 1
t('del unbound', del_unbound)

def free_unbound():
    def inner():
        return v
    r = inner
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
    v = 2
    return r()
t('free', free_unbound)

def free_deleted():
    w = 1
    def inner():
        return w
    del w
    return inner()
t('free deleted', free_deleted)

def del_cell():
    c = 1
    def inner():
        nonlocal c
        del c
    inner()
    return c
t('del cell', del_cell)

def del_nonlocal_twice():
    c = 1
    def inner():
        nonlocal c
        del c
    inner()
    inner()
t('del nonlocal twice', del_nonlocal_twice)

def glob_missing():
    return undefined_name_xyz
t('global missing', glob_missing)

def del_global_missing():
    global gm
    del gm
t('del global missing', del_global_missing)

gv = 5
def del_global():
    global gv
    del gv
    return 'gv' in globals()
t('del global', del_global)

class K:
    a = 1
    def m(self):
        return a
t('class name not visible', lambda: K().m())

class K2:
    b = 2
    def m(self):
        return __class__, __class__.__qualname__
t('__class__', lambda: K2().m())

def outer():
    class In:
        def meth(self):
            def deep():
                pass
            return deep
        class Nested:
            pass
        lam = lambda: None
    return In().meth().__qualname__, In.Nested.__qualname__, In.lam.__qualname__, In.meth.__qualname__
t('qualnames', outer)

def g_decl():
    global late_fn
    def late_fn():
        pass
    return late_fn.__qualname__
t('global qualname', g_decl)

def aug_unbound():
    cnt += 1
t('aug', aug_unbound)

def class_sees_enclosing():
    v = 'enclosing'
    class C:
        print(v)
        v = 'class'
        print(v)
    return C.v
t('class enclosing', class_sees_enclosing)

def class_free_override():
    v = 'enc'
    class C:
        v = 'cls'
        def m(self):
            return v
    return C().m()
t('class free', class_free_override)

def class_global_lookup():
    class C:
        print(len)
        len = 3
    return C.len
t('class global', class_global_lookup)

