class A:
    """doc"""
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d).__name__, d['x'], 'x' in d, 'y' in d, len(d) > 3, sorted(k for k in d if not k.startswith('__')))
print(d.get('x'), d.get('nope', 5), list(d.keys())[:2], type(d.copy()).__name__)
try:
    d['x'] = 2
except TypeError as e:
    print(e)
try:
    d['nope']
except KeyError as e:
    print(repr(e))
print(vars(A) == A.__dict__, dict(d)['x'], sorted(vars(A))[-2:])
print(repr(type('E', (), {}).__dict__)[:14])
for k, v in A.__dict__.items():
    if k == 'x': print(k, v)
try:
    NameError("x", nam="q")
except TypeError as e:
    print(e)
try:
    ValueError("x", name="q")
except TypeError as e:
    print(e)
print(AttributeError("m").name, NameError("m").name)
def g():
    a = 1
    l1 = locals()
    b = 2
    del a
    l2 = locals()
    return sorted(l1), l1 is l2
print(g())
def h():
    exec("made = 7")
    return locals()["made"]
print(h())
class S:
    __slots__ = ("p",)
s = S()
s.p = 1
print(hasattr(s, "__dict__"), s.p)
try:
    vars(s)
except TypeError as e:
    print(e)
class Plain:
    pass
o = Plain()
o.a = 1
o.__dict__ = {"b": 2}
print(hasattr(o, "a"), o.b, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print(e)
print(type.__basicsize__ > 0, int.__itemsize__ >= 0)
