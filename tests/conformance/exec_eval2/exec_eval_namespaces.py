import sys
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except BaseException as e:
        print(label, type(e).__name__, e)

g = {}
exec("a = 1\nb = a + 1", g)
print(sorted(k for k in g if k != '__builtins__'), type(g['__builtins__']).__name__)
g2 = {}; l2 = {}
exec("a = 1\ndef f(): return a\nr = None\ntry:\n    r = f()\nexcept NameError as e:\n    r = str(e)", g2, l2)
print(sorted(l2), l2['r'], sorted(k for k in g2 if k != '__builtins__'))

class M(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
m = M(x=3)
exec("y = x * 2", {}, m)
print(dict(m))
print(eval("x + 1", {}, m))

class Lazy:
    def __getitem__(self, k):
        if k == 'magic': return 42
        raise KeyError(k)
print(eval("magic", {}, Lazy()))
t('lazy missing', lambda: eval("nothere", {}, Lazy()))
t('lazy builtin', lambda: eval("len('ab')", {}, Lazy()))

t('no builtins', lambda: eval("len", {'__builtins__': {}}))
t('builtins dict', lambda: eval("len('abc')", {'__builtins__': {'len': lambda s: 99}}))
import builtins
t('builtins module', lambda: eval("abs(-3)", {'__builtins__': builtins}))
t('print missing', lambda: exec("print(1)", {'__builtins__': {}}))

code = "class C:\n    v = 1\n    def m(self): return v\n"
ns = {}
exec(code, ns)
t('exec class', lambda: ns['C']().m())
ns2 = {'v': 'global v'}
exec(code, ns2)
print(ns2['C']().m(), ns2['C'].__qualname__, ns2['C'].__module__)
ns3 = {'__name__': 'mymod'}
exec("class D: pass\ndef f(): pass", ns3)
print(ns3['D'].__module__, ns3['f'].__module__, ns3['f'].__qualname__)
ns4 = {}
exec("def f(): pass", ns4)
print(ns4['f'].__module__)

exec("def fn():\n    return counter\ncounter = 10", ns4)
print(ns4['fn']())
ns4['counter'] = 11
print(ns4['fn'](), ns4['fn'].__globals__ is ns4)

t('walrus', lambda: eval("(w := 5) + w"))
d = {}
print(eval("(w := 7)", d), d.get('w'))
dl = {}
print(eval("[(z := i) for i in range(3)]", {}, dl), dl)

print(globals() is globals(), eval("globals()") is globals())
def fg():
    return globals() is sys.modules[__name__].__dict__
print(fg())

print(type(__builtins__).__name__)
import builtins_kind_helper as imp_helper_mod
print(imp_helper_mod.kind)

def snap():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    print(l1 is l2, l1)
    exec("c = 3")
    print(sorted(locals()))
    try:
        print(c)
    except NameError as e:
        print('NameError', e)
    exec("a = 100")
    print(a, locals()['a'])
snap()

def exec_locals_dict():
    d = {}
    exec("q = 5", globals(), d)
    return d
print(exec_locals_dict())

t("eval nl2", lambda: eval("1 +\n 2"))
t('eval stmt', lambda: eval("x = 1"))
t('eval empty', lambda: eval(""))
t('eval ws', lambda: eval("   1+1"))
t('eval tab', lambda: eval("\t1+1"))
t('eval nl', lambda: eval("\n1+1\n"))
t('exec bad type', lambda: exec(5))
t('eval bad type', lambda: eval(5))
t('eval globals list', lambda: eval("1", []))
t('eval locals list', lambda: eval("1", {}, []))
t('exec globals list', lambda: exec("1", []))
t('exec locals int', lambda: exec("1", {}, 5))
t('eval code exec mode', lambda: eval(compile("x = 1", "s", "exec"), {}))
t('exec returns', lambda: exec("1+1"))
t('eval kw', lambda: eval("a", globals={'a': 1}))
t('eval kw2', lambda: eval("a", locals={'a': 1}))
t('exec closure', lambda: exec("1", {}, {}, closure=None))
