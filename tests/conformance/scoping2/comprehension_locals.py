# locals()/vars()/dir()/f_locals inside inlined comprehensions (PEP 709)
import sys

def clean(d):
    return {k: v for k, v in d.items() if not k.startswith('__') and k not in ('sys', 'clean')}

# module level: a copy of globals plus the comprehension's variables
print([sorted(clean(locals())) for mx in range(1)])
print('mx' in globals())
print([clean(vars()).get('my') for my in [7]])
print([sys._getframe().f_locals.get('mz') for mz in [8]])
g_before = globals()
print([locals() is globals() for _ in [1]], locals() is globals())
print([[(a, b) for b in clean(locals()) if b in 'ab'] for a in [1]])

class C:
    ca = 1
    r = [sorted(clean(locals())) for cy in range(1)]
    v = [vars().get('cy') for cy in [5]]
    outer = [10, 20]
    it = [x + 1 for x in outer]
    try:
        bad = [ca for _ in range(1)]
    except NameError as e:
        err = str(e)
print(C.r, C.v, C.it, C.err)
print('cy' in C.__dict__, 'x' in C.__dict__)

def f():
    z = 1
    print([locals() for x in [2]])
    print([dir() for x in [2]])
    print([vars() for x in [2]])
    print([sys._getframe().f_locals for x in [3]])
    print([sorted(locals()) for p, (q, r) in [(1, (2, 3))]])
    print([locals().get('w') for x in [1] for w in [locals().get('x')]])
    print([locals() for x in [1] if locals()])
    print(locals())
f()

def shadow():
    x = 'outer'
    l = [locals() for x in [2]]
    print(l, locals(), l[0] is locals())
    print([[locals() for x in ['inner']] for x in ['middle']], x)
shadow()

def nested():
    return [[sorted(locals().items()) for b in [2]] for a in [1]]
print(nested())

def unbound_before_inner():
    w = 'outer w'
    return [w for x in [1] for w in [sorted(locals())]]
print(unbound_before_inner())

def closure_var():
    fs = [lambda: n for n in range(2)]
    return [locals().get('n') for n in [9]], [f() for f in fs]
print(closure_var())

def with_eval():
    base = 100
    return [eval('base + i') for i in range(3)], [eval('i * 2', globals(), locals()) for i in range(2)]
print(with_eval())

def exc_in_comp():
    return [1 / x for x in [1, 0]]
try:
    exc_in_comp()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)

def frame_in_comp():
    return [sys._getframe().f_code.co_name for _ in [1]], [sys._getframe(1).f_code.co_name for _ in [1]]
print(frame_in_comp())

print([eval('q * 10') for q in range(3)])
print([exec('pass') or sorted(k for k in locals() if k in ('q', 'qq')) for qq in [1]])
exc_in_comp()
