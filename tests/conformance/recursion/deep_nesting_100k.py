# Issue 3 acceptance 4: 100,000-deep nested data and runaway recursion raise RecursionError (never crash).
import sys
def f(n): return f(n+1)
try: f(0)
except RecursionError as e: print("rec", e)
l = []
for i in range(100000): l = [l]
for name, fn in (("repr", repr), ("eq", lambda x: x == x[:] ), ("str", str)):
    try: fn(l); print(name, "ok")
    except RecursionError as e: print(name, "RecursionError")
t = ()
for i in range(100000): t = (t,)
try: hash(t); print("hash ok")
except RecursionError: print("hash RecursionError")
d = {}
for i in range(100000): d = {1: d}
try: repr(d); print("drepr ok")
except RecursionError: print("drepr RecursionError")
l2 = []
for i in range(100000): l2 = [l2]
try: print(l == l2)
except RecursionError: print("eq2 RecursionError")
class A:
    def __repr__(self): return repr(self)
try: repr(A())
except RecursionError: print("user repr RecursionError")
class B:
    def __getattr__(self, n): return self.x
try: B().y
except RecursionError: print("getattr RecursionError")
print("done")
l3 = []
for i in range(100000): l3 = [l3]
try: print(l < l3)
except RecursionError: print("lt RecursionError")
def gen(n):
    yield from gen(n + 1)
try: next(gen(0))
except RecursionError: print("yield from RecursionError")
class C:
    def __eq__(self, o): return self == o
try: C() == C()
except RecursionError: print("eq dunder RecursionError")
print(sys.getrecursionlimit())
