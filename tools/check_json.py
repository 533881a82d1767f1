#!/usr/bin/env python3
"""Randomised comparison of lib/json with CPython 3.12's json: dumps of random values with
random options, and loads of random (mostly malformed) documents, comparing results and
error messages. Run with python3.12; prints mismatches. Not needed by cargo test.
"""
import importlib.util
import json as real
import random
import sys
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "lib"
spec = importlib.util.spec_from_file_location("myjson", LIB / "json" / "__init__.py",
                                              submodule_search_locations=[str(LIB / "json")])
mine = importlib.util.module_from_spec(spec)
sys.modules["myjson"] = mine
spec.loader.exec_module(mine)

rng = random.Random(7)


def value(depth=0):
    kind = rng.randrange(10 if depth < 3 else 6)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.randint(-10**20, 10**20)
    if kind == 2:
        return rng.choice([0.0, -0.0, 1.5, 1e300, -2.5e-8, float("inf"), float("nan"), 3.0])
    if kind in (3, 4, 5):
        return "".join(rng.choice('ab"\\\n\t\x01é😀\u2028 /') for _ in range(rng.randint(0, 6)))
    if kind in (6, 7):
        return [value(depth + 1) for _ in range(rng.randint(0, 3))]
    keys = [rng.choice(["k", "a", "é", "", 1, 2.5, True, None]) for _ in range(rng.randint(0, 3))]
    return {k: value(depth + 1) for k in keys}


def outcome(f):
    try:
        return ("ok", f())
    except Exception as e:
        return (type(e).__name__, str(e))


bad = 0
for _ in range(20000):
    v = value()
    opts = {}
    if rng.random() < 0.5:
        opts["indent"] = rng.choice([None, 0, 2, "\t"])
    if rng.random() < 0.3:
        opts["sort_keys"] = True
    if rng.random() < 0.3:
        opts["ensure_ascii"] = False
    if rng.random() < 0.2:
        opts["allow_nan"] = False
    if rng.random() < 0.2:
        opts["separators"] = (",", ":")
    a = outcome(lambda: real.dumps(v, **opts))
    b = outcome(lambda: mine.dumps(v, **opts))
    if a != b:
        bad += 1
        if bad < 5:
            print("dumps", repr(v), opts, a, b)
    if a[0] == "ok":
        doc = a[1]
        if rng.random() < 0.7 and doc:
            i = rng.randrange(len(doc))
            doc = doc[:i] + rng.choice(['', ',', '"', '}', ']', '\\', ' ', 'x', '-', '1', '\n']) + doc[i + 1:]
        x = outcome(lambda: real.loads(doc))
        y = outcome(lambda: mine.loads(doc))
        same = x == y or (x[0] == y[0] == "ok" and repr(x[1]) == repr(y[1]))
        if not same:
            bad += 1
            if bad < 10:
                print("loads", repr(doc), x, y)
pieces = ['{', '}', '[', ']', ',', ':', '"', '"a"', '\\', '\\u', 'd83d', '\\ude00', '00e9', 'x',
          '1', '-', '0', '.', 'e', '+', ' ', '\n', 'true', 'nul', 'NaN', '-Infinity', '\x01', 'é']
for _ in range(30000):
    doc = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
    x = outcome(lambda: real.loads(doc))
    y = outcome(lambda: mine.loads(doc))
    if not (x == y or (x[0] == y[0] == "ok" and repr(x[1]) == repr(y[1]))):
        bad += 1
        if bad < 10:
            print("soup", repr(doc), x, y)
print("mismatches", bad)
sys.exit(1 if bad else 0)
