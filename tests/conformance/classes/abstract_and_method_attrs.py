class Base:
    def run(self): ...
    def stop(self): ...
Base.__abstractmethods__ = frozenset({'stop', 'run'})
try:
    Base()
except TypeError as e:
    print(e)
class C:
    pass
C.__abstractmethods__ = frozenset({'f'})
try:
    C()
except TypeError as e:
    print(e)
C.__abstractmethods__ = frozenset()
print(type(C()).__name__)
def deco(f):
    f.marker = 42
    return f
class D:
    @deco
    def m(self, a, b=2): pass
d = D()
print(d.m.marker, d.m.__code__.co_argcount, d.m.__defaults__, d.m.__wrapped__ if hasattr(d.m, '__wrapped__') else None)
print(type([].append).__name__, type((1).__add__).__name__, len.__self__, (1).__add__.__self__, [].append.__self__)
try:
    d.m.nothing
except AttributeError as e:
    print(e)
