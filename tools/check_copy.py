#!/usr/bin/env python3
"""Randomised comparison of lib/copy's copy/deepcopy with CPython 3.12's on nested lists,
tuples, dicts, instances (plain, slotted, list subclass with attributes, namedtuple) and
shared references. Run with python3.12; prints mismatches. Not needed by cargo test.
"""
import copy as real, importlib.util, random, collections, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("mc", Path(__file__).resolve().parent.parent / "lib" / "copy.py"); mine = importlib.util.module_from_spec(spec); spec.loader.exec_module(mine)
rng = random.Random(6); bad = 0
class Plain:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return type(o) is type(self) and o.__dict__ == self.__dict__
    def __repr__(self): return f"Plain({self.__dict__})"
class Slots:
    __slots__ = ("a", "b")
    def __init__(self, a): self.a = a
    def __repr__(self): return f"Slots({getattr(self, 'a', '-')},{getattr(self, 'b', '-')})"
class Sub(list):
    def __repr__(self): return f"Sub({list(self)}, {self.__dict__})"
class DSub(dict):
    pass
NT = collections.namedtuple("NT", "x y")
def value(d=0):
    k = rng.randrange(11 if d < 3 else 4)
    if k == 0: return rng.randint(0, 5)
    if k == 1: return "s"
    if k == 2: return None
    if k == 3: return (1, 2)
    items = [value(d + 1) for _ in range(rng.randint(0, 3))]
    if k == 4: return items
    if k == 5: return tuple(items)
    if k == 6: return {i: x for i, x in enumerate(items)}
    if k == 7: return Plain(items)
    if k == 8:
        s = Slots(items)
        return s
    if k == 9:
        x = Sub(items); x.tag = d; return x
    return NT(items, d)
def shape(x, seen=None):
    # structure plus identity sharing pattern relative to the original
    return repr(x)
for _ in range(5000):
    v = value()
    shared = [v, v] if rng.random() < 0.3 else v
    for fn in ("copy", "deepcopy"):
        a = getattr(real, fn)(shared); b = getattr(mine, fn)(shared)
        same_a = (a is shared, isinstance(a, list) and len(a) == 2 and a[0] is a[1])
        same_b = (b is shared, isinstance(b, list) and len(b) == 2 and b[0] is b[1])
        if repr(a) != repr(b) or type(a) is not type(b) or same_a != same_b:
            bad += 1
            if bad < 5: print(fn, repr(shared)[:200], repr(a)[:100], repr(b)[:100], same_a, same_b)
print("mismatches", bad)
sys.exit(1 if bad else 0)
