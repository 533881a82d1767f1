import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, loud=False):
    print("cleanup", name, "loud" if loud else "quiet")
    return name.upper()


r = Resource("db")
f = weakref.finalize(r, cleanup, "db", loud=True)
print(f.alive, f.atexit)
print(f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2], f.peek()[3])
del r
print(f.alive, f.peek())
print(f())

r2 = Resource("file")
f2 = weakref.finalize(r2, cleanup, "file")
print(f2(), f2.alive, f2())
del r2

r3 = Resource("net")
f3 = weakref.finalize(r3, cleanup, "net")
obj, fn, args, kw = f3.detach()
print(obj is r3, fn is cleanup, args, kw, f3.alive, f3.detach())
del r3, obj

r4 = Resource("at-exit")
f4 = weakref.finalize(r4, print, "finalizer at exit", r4.name)
r5 = Resource("no-exit")
f5 = weakref.finalize(r5, print, "never printed")
f5.atexit = False
print(f4.alive, f5.atexit)
print("main done")
