# frame.f_locals: the same dict as locals(), refreshed on each read while the call runs
import sys
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def f():
    a = 1
    fr = sys._getframe()
    l1 = fr.f_locals
    b = 2
    l2 = fr.f_locals
    return l1 is l2, sorted(l2), fr.f_locals is locals()
print(f())

def g():
    x = 1
    sys._getframe().f_locals['x'] = 99
    return x
print(g())

def h():
    y = 5
    return sys._getframe(0).f_back.f_code.co_name, sys._getframe().f_code.co_varnames
print(h())

def caller_locals():
    secret = 'found'
    return callee()
def callee():
    return sys._getframe(1).f_locals.get('secret')
print(caller_locals())

print(sorted(k for k in sys._getframe().f_locals if not k.startswith('__')) == sorted(k for k in globals() if not k.startswith('__')))
print(sys._getframe().f_locals is globals())
class C:
    q = 1
    fl = sys._getframe().f_locals
    print(sorted(fl), fl is locals())
