import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)


print("exception from a function: its locals die with the frame's traceback")


def f():
    a = A("in-f")
    raise ValueError("x")


try:
    f()
except ValueError:
    print("  caught")
print("  after try")

print("del of a global inside a function")


def g():
    global gv
    del gv


gv = A("global")
g()
print("  after g")

print("comprehension results")
objs = [A(i) for i in range(3)]
objs = None
print("  after comp")

print("inside with")
with open(__file__) as fh:
    t = A("in-with")
    del t
print("  after with")

print("suspended generator")


def gen():
    x = A("gen-local")
    yield 1
    yield 2


it = gen()
next(it)
del it
print("  after gen")

print("dict.pop")
d = {"a": A("dict-val")}
d.pop("a")
print("  after pop")

print("tuple swap")
s = A("swap")
s, t2 = None, s
print("  swapped")
del t2
print("  after del t2")

print("weakref inside __del__ still resolves")


class W:
    def __del__(self):
        print("  W.__del__, ref alive:", wref() is self)


w = W()
wref = weakref.ref(w, lambda r: print("  callback, ref dead:", r() is None))
del w
print("end")
