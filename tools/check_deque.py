#!/usr/bin/env python3
"""Randomised comparison of lib/collections deque with CPython 3.12's (operation sequences, results,
errors, contents). Run with python3.12; prints mismatches. Not needed by cargo test.
"""
import sys
import importlib.util, random, sys, collections as real
from pathlib import Path
LIB = Path(__file__).resolve().parent.parent / "lib"
sys.path.insert(0, str(LIB))
spec = importlib.util.spec_from_file_location("mycoll", LIB / "collections" / "__init__.py", submodule_search_locations=[str(LIB / "collections")])
mine = importlib.util.module_from_spec(spec); spec.loader.exec_module(mine)
random.seed(5)
bad = 0
for trial in range(3000):
    ml = random.choice([None, None, 0, 1, 3, 7])
    a, b = real.deque(maxlen=ml), mine.deque(maxlen=ml)
    for step in range(40):
        op = random.choice("append appendleft pop popleft extend extendleft rotate reverse insert remove setitem delitem index count clear".split())
        x = random.randint(0, 5)
        args = {"append": (x,), "appendleft": (x,), "extend": ([x, x + 1],), "extendleft": ([x, x + 1],), "rotate": (random.randint(-9, 9),),
                "insert": (random.randint(-6, 6), x), "remove": (x,), "index": (x,), "count": (x,)}.get(op, ())
        res = []
        for d in (a, b):
            try:
                if op == "setitem":
                    d[random.Random(step).randint(-5, 5)] = x; r = None
                elif op == "delitem":
                    del d[random.Random(step).randint(-5, 5)]; r = None
                else:
                    r = getattr(d, op)(*args)
                res.append(("ok", r))
            except Exception as e:
                res.append((type(e).__name__, str(e)))
        if res[0] != res[1] or list(a) != list(b) or len(a) != len(b) or repr(a) != repr(b) or list(reversed(a)) != list(reversed(b)):
            bad += 1
            if bad < 5: print(op, args, res, list(a), list(b))
            break
print("mismatches", bad)
sys.exit(1 if bad else 0)
