#!/usr/bin/env python3
"""Randomised comparison of lib/collections' UserString and UserList methods with CPython
3.12's (results, result types, exception messages). Run with python3.12; prints mismatches.
Not needed by cargo test.
"""
import collections as real, importlib.util, random, sys
from pathlib import Path
LIB = Path(__file__).resolve().parent.parent / "lib"
sys.path.insert(0, str(LIB))
spec = importlib.util.spec_from_file_location("mycoll", LIB / "collections" / "__init__.py", submodule_search_locations=[str(LIB / "collections")])
mine = importlib.util.module_from_spec(spec); spec.loader.exec_module(mine)
rng = random.Random(8); bad = 0
def out(f):
    try:
        r = f()
        return ("ok", type(r).__name__, repr(r))
    except Exception as e:
        return (type(e).__name__, str(e))
smeths = [m for m in dir(str) if not m.startswith("_")] + ["__add__", "__radd__", "__mul__", "__mod__", "__getitem__", "__contains__", "__len__", "__eq__", "__lt__", "__iter__"]
lmeths = [m for m in dir(list) if not m.startswith("_")] + ["__add__", "__radd__", "__iadd__", "__mul__", "__getitem__", "__contains__", "__len__", "__eq__", "__lt__", "__setitem__", "__delitem__"]
def sarg():
    return rng.choice(["a", "b", "ab", "", " ", 1, 2, -1, None, "x%sy", ("a",), ["q"], slice(1, 3)])
for _ in range(20000):
    text = "".join(rng.choice("ab c") for _ in range(rng.randint(0, 6)))
    m = rng.choice(smeths)
    args = [sarg() for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.3:
        args = [a if not isinstance(a, str) or rng.random() < .5 else None for a in args]
    wrapflags = [rng.random() < 0.3 for _ in args]
    def run_s(C):
        obj = C(text)
        a2 = [C(a) if isinstance(a, str) and w else a for a, w in zip(args, wrapflags)]
        r = getattr(obj, m)(*a2)
        if m == "__iter__":
            r = list(r)
        return r
    a = out(lambda: run_s(real.UserString)); b = out(lambda: run_s(mine.UserString))
    if a != b:
        bad += 1
        if bad < 8: print("UserString", repr(text), m, args, a, b)
    data = [rng.randint(0, 3) for _ in range(rng.randint(0, 5))]
    m = rng.choice(lmeths)
    largs = [rng.choice([0, 1, -1, 2, [1], (2,), slice(0, 2), None]) for _ in range(rng.randint(0, 2))]
    def run_l(C):
        obj = C(data)
        r = getattr(obj, m)(*largs)
        return (r, obj)
    a = out(lambda: run_l(real.UserList)); b = out(lambda: run_l(mine.UserList))
    if a != b:
        bad += 1
        if bad < 8: print("UserList", data, m, largs, a, b)
print("mismatches", bad)
sys.exit(1 if bad else 0)
