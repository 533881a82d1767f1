import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
wa = weakref.ref(a)
wb = weakref.ref(b, lambda r: print("callback for b"))
del a, b
print("before collect:", wa() is not None, wb() is not None)
n = gc.collect()
print("collected:", n)
print("after collect:", wa(), wb())
print("nothing left:", gc.collect())

# self-referencing object
s = Node("self")
s.peer = s
ws = weakref.ref(s)
del s
print("self cycle:", gc.collect(), ws())

# cycle through a list
holder = Node("holder")
holder.items = [holder, 1, "x"]
wh = weakref.ref(holder)
holder = None
print("list cycle:", gc.collect() >= 1, wh())

# cycles with __del__ (PEP 442: finalized, then freed)
class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name, "peer:", self.peer.name)


x = Fin("x")
y = Fin("y")
x.peer = y
y.peer = x
del x, y
print("collect with finalizers:", gc.collect())
print("again:", gc.collect())

# reachable objects are not collected
keep = Node("keep")
keep.peer = Node("kept-child")
keep.peer.peer = keep
print("reachable:", gc.collect(), keep.peer.name, keep.peer.peer is keep)

# a bound method stored on its own instance
class Button:
    def __init__(self):
        self.handler = self.click

    def click(self):
        return "clicked"


btn = Button()
wbtn = weakref.ref(btn)
print(btn.handler())
del btn
print("method cycle:", gc.collect(), wbtn())
