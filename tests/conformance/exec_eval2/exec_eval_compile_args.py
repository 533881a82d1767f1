# argument checking of exec, eval and compile, and exec closures
for f, a, k in [(exec, (), {}), (exec, (1,2,3,4), {}), (eval, (), {}), (eval, ("1",{},{},4), {}), (eval, ("1",), {'x':1}), (exec, ("1",), {'closure': (1,)}), (exec, ("1",), {'closure': None}), (compile, (), {}), (compile, ("1", "s"), {}), (compile, ("1", "s", "bad"), {}), (compile, ("1", "s", "exec", 0, 0, 0, 0), {}), (compile, ("1", "s", "exec"), {'foo': 1}), (compile, ("1", 5, "exec"), {}), (compile, (5, "s", "exec"), {}), (compile, ("1", "s", "exec", 0x99999), {}), (compile, ("1", "s", "exec"), {'optimize': 5}), (compile, ("1", "s", "exec"), {'optimize': -1}),(compile, ("1", "s", 5), {}), (compile, ("1",), {'filename': 's', 'mode': 'eval'})]:
    try:
        r = f(*a, **k)
        print(type(r).__name__, getattr(r, 'co_filename', None))
    except Exception as e:
        print(type(e).__name__, e)
def f(): return x
try:
    exec(f.__code__, {}, {}, closure=(1,))
except Exception as e:
    print(type(e).__name__, e)
def outer():
    x = 1
    def g(): return x
    return g
g = outer()
for cl in [None, (1,), (1, 2), [1]]:
    try:
        exec(g.__code__, {}, {}, closure=cl)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
import types
c = types.CellType(5)
try:
    print(exec(g.__code__, {}, {}, closure=(c,)))
except Exception as e:
    print(type(e).__name__, e)
import types
c = types.CellType(5); print(c.cell_contents)
e = types.CellType()
try: e.cell_contents
except ValueError as x: print(x)
try: types.CellType(1, 2)
except TypeError as x: print(x)
try: types.CellType(x=1)
except TypeError as x: print(x)
