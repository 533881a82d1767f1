def t(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    x = 1
    y = [x for _ in range(2)] if False else None
    z = (lambda: x)
    gen = list(i for i in range(3))
    def f(self): return __class__
    @staticmethod
    def s(): return __class__
    @classmethod
    def c(cls): return __class__
    def sup(self): return super().__repr__ is not None
    names = dir()
print(A().f(), A.s(), A.c(), A().sup(), A.names)
t('class lambda', lambda: A.z())
t('genexp in class', lambda: A.gen)

class B:
    v = 10
    try:
        w = [v for _ in range(1)]
    except NameError as e:
        w = str(e)
    u = [v * i for i in range(3) for v in [v]] if False else 'skip'
    first_iter = [a for a in [v]]
print(B.w, B.first_iter)

class Cc:
    def meth(self):
        return __class__.__name__
    print('__class__' in locals(), sorted(k for k in locals() if not k.startswith('__') or k == '__qualname__'))
    print(__qualname__, __module__)

def outer():
    class Inner:
        print(__qualname__)
        def m(self):
            class Deeper:
                pass
            return Deeper
    return Inner
print(outer()().m().__qualname__)

class D:
    __private = 1
    def get(self): return self.__private, [self.__private for _ in [1]]
    def get2(self): return __private
print(D().get())
t('mangled global', lambda: D().get2())

class E:
    __x = 5
    gx = [__x for _ in [1]] if False else None
    lx = (lambda: 1)()
print(E._E__x)

def f():
    class C:
        nonlocal_name = 'c'
    x = 1
    class D:
        y = x
        x = 2
    return D.y, D.x
t("class local before", f)

def g():
    x = 1
    class D:
        print(x)
        def h(self): return x
    x = 2
    return D().h()
print(g())

def deleted_class_cell():
    class K:
        def m(self):
            return __class__
    return K().m().__name__
print(deleted_class_cell())

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('ns keys', [k for k in ns if k.startswith('__')])
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def m(self): return __class__
class NoCell(metaclass=Meta):
    def m(self): return 1

x = 'global'
class G:
    x = 'class'
    def m(self): return x
    l = lambda: x
print(G().m(), G.l())

print(dir() == sorted(dir()), [n for n in dir() if not n.startswith('_')][:5])
def dirf(b, a):
    z = 1; y = 2
    return dir()
print(dirf(1, 2))
