import sys
import weakref

reports = []


def hook(u):
    tb = u.exc_traceback
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    reports.append((u.err_msg, getattr(u.object, "__name__", None), u.exc_type.__name__,
                    str(u.exc_value), depth >= 1))


sys.unraisablehook = hook


class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)
        if self.n % 2:
            raise ValueError(f"odd {self.n}")


for i in range(4):
    obj = Loud(i)
del obj
print("loop done")


class Target:
    pass


t = Target()


def bad_callback(ref):
    raise KeyError("from callback")


r = weakref.ref(t, bad_callback)
del t
print("callback done")
for rep in reports:
    print(rep)
