import sys
def t(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

# exec in a function: writes go to the locals snapshot, not the variables
def f():
    x = 1
    exec("x = 2; y = 3")
    l = locals()
    return x, l.get('x'), l.get('y')
print(f())

def f2():
    x = 1
    d = locals()
    exec("x = 2", globals(), d)
    return x, d['x'], locals()['x'], d['x']
print(f2())

def f3():
    exec("global gg\ngg = 'set by exec'")
    return gg
print(f3())

def f4():
    a = 1
    def inner():
        return eval("a")
    return inner()
t('eval free not captured', f4)

def f5():
    a = 1
    def inner():
        a
        return eval("a")
    return inner()
t('eval free captured', f5)

def f6():
    return eval("[x for x in range(3)]"), eval("(lambda q: q * 2)(4)")
print(f6())

def f7():
    z = 5
    return eval("[z for _ in range(2)]")
t('eval comp sees local', f7)

def f8():
    z = 5
    return eval("(lambda: z)()")
t('eval lambda local', f8)

ns = {}
exec("""
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
counter = outer()
r = [counter(), counter()]
""", ns)
print(ns['r'])

g = {'__name__': 'gm'}
l = {}
exec("""
import sys as _s
class K:
    a = 1
    b = [a]
    def m(self):
        return __name__, type(self).__qualname__
def fn():
    return K
""", g, l)
print(sorted(l), l['K'].b, l['K']().m(), l['K'].__module__)
t('fn globals lookup', lambda: l['fn']())

code = compile("a = 5\nb = a * 2\n", "<mod>", "exec")
d = {}
exec(code, d)
print(d['a'], d['b'], code.co_filename, code.co_name)
ecode = compile("a + 1", "<e>", "eval")
print(eval(ecode, {'a': 41}), ecode.co_name)
scode = compile("a + 1", "<s>", "single")
exec(scode, {'a': 1})
exec(compile("x = 1\nx\n", "<s2>", "single") if False else compile("5", "<s3>", "single"))
t('single multiple', lambda: compile("x = 1\ny = 2\n", "<s>", "single"))
exec(compile("if 1:\n  'in block'\n", "<s>", "single"))
exec(compile("None", "<s>", "single"))

# eval with dict subclass globals
class G(dict):
    def __missing__(self, k):
        return 'missing ' + k
t('dict subclass globals missing', lambda: eval("nope", G()))
t('dict subclass locals missing', lambda: eval("nope", {}, G()))

# locals() in class body is the namespace
class C:
    loc = locals()
    a = 1
print('a' in C.loc, C.loc is not C.__dict__)

# vars() on objects and errors
t('vars no dict', lambda: vars(1))
t('vars two', lambda: vars(1, 2))
t('locals arg', lambda: locals(1))
t('globals arg', lambda: globals(1))
t('dir two', lambda: dir(1, 2))
print(vars(C)['a'])

# __builtins__ replaced
t('custom builtins', lambda: exec("print('hi')", {'__builtins__': {'print': lambda *a: sys.stdout.write('custom %r\n' % (a,))}}))
t('builtins none', lambda: exec("len", {'__builtins__': None}))
t('builtins int', lambda: exec("len", {'__builtins__': 5}))
