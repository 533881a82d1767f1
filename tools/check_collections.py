#!/usr/bin/env python3
"""Randomised comparison of lib/collections' Counter, OrderedDict, defaultdict, ChainMap and
namedtuple with CPython 3.12's: random operation sequences, comparing results, reprs and
exception messages. Run with python3.12; prints mismatches. Not needed by cargo test.
"""
import collections as real
import importlib.util
import random
import sys
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "lib"
sys.path.insert(0, str(LIB))
spec = importlib.util.spec_from_file_location(
    "mycoll", LIB / "collections" / "__init__.py",
    submodule_search_locations=[str(LIB / "collections")])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)
rng = random.Random(3)
bad = 0


def outcome(f):
    try:
        r = f()
        return ("ok", repr(r).replace("mycoll.", ""))
    except Exception as e:
        return (type(e).__name__, str(e))


def compare(label, a, b):
    global bad
    if a != b:
        bad += 1
        if bad < 12:
            print(label, a, b)


def key():
    return rng.choice("abcde")


for _ in range(4000):
    init = {key(): rng.randint(-3, 3) for _ in range(rng.randint(0, 5))}
    c1, c2 = real.Counter(init), mine.Counter(init)
    o1, o2 = real.OrderedDict(init), mine.OrderedDict(init)
    for _ in range(12):
        other = {key(): rng.randint(-3, 3) for _ in range(rng.randint(0, 3))}
        op = rng.choice(["update", "subtract", "most_common", "elements", "total", "add", "sub",
                         "or", "and", "pos", "neg", "iadd", "isub", "ior", "iand", "eq", "le",
                         "lt", "delitem", "getitem", "repr", "copy"])
        n = rng.randint(-1, 4)
        k = key()

        def run(C, c):
            o = C(other)
            return {
                "update": lambda: (c.update(other), c)[1],
                "subtract": lambda: (c.subtract(other), c)[1],
                "most_common": lambda: c.most_common(n),
                "elements": lambda: sorted(c.elements()),
                "total": lambda: c.total(),
                "add": lambda: c + o, "sub": lambda: c - o, "or": lambda: c | o,
                "and": lambda: c & o, "pos": lambda: +c, "neg": lambda: -c,
                "iadd": lambda: c.__iadd__(o), "isub": lambda: c.__isub__(o),
                "ior": lambda: c.__ior__(o), "iand": lambda: c.__iand__(o),
                "eq": lambda: c == o, "le": lambda: c <= o, "lt": lambda: c < o,
                "delitem": lambda: (c.__delitem__(k), c)[1], "getitem": lambda: c[k],
                "repr": lambda: repr(c), "copy": lambda: c.copy(),
            }[op]()

        a = outcome(lambda: run(real.Counter, c1))
        b = outcome(lambda: run(mine.Counter, c2))
        compare(f"Counter {init} {op} {other}", a, b)
        if op in ("iadd", "isub", "ior", "iand"):
            c1, c2 = real.Counter(dict(c1)), mine.Counter(dict(c2))
        op = rng.choice(["set", "del", "move", "moveleft", "popitem", "popitemfirst", "eq",
                         "eqdict", "repr", "or", "pop", "setdefault", "keys", "reversed"])

        def run_od(C, o):
            return {
                "set": lambda: (o.__setitem__(k, n), o)[1],
                "del": lambda: (o.__delitem__(k), o)[1],
                "move": lambda: (o.move_to_end(k), o)[1],
                "moveleft": lambda: (o.move_to_end(k, last=False), o)[1],
                "popitem": lambda: o.popitem(), "popitemfirst": lambda: o.popitem(False),
                "eq": lambda: o == C(other), "eqdict": lambda: o == other,
                "repr": lambda: repr(o), "or": lambda: o | other, "pop": lambda: o.pop(k),
                "setdefault": lambda: o.setdefault(k, 9), "keys": lambda: list(o),
                "reversed": lambda: list(reversed(o)),
            }[op]()

        compare(f"OrderedDict {init} {op} {k}", outcome(lambda: run_od(real.OrderedDict, o1)),
                outcome(lambda: run_od(mine.OrderedDict, o2)))

    maps = [{key(): rng.randint(0, 3) for _ in range(rng.randint(0, 3))} for _ in range(3)]
    m1 = real.ChainMap(*[dict(m) for m in maps])
    m2 = mine.ChainMap(*[dict(m) for m in maps])
    for _ in range(6):
        op = rng.choice(["get", "set", "del", "pop", "popitem", "len", "list", "repr", "child",
                         "parents", "in", "eq", "clear", "or"])
        k = key()

        def run_cm(m):
            return {
                "get": lambda: m[k], "set": lambda: (m.__setitem__(k, 1), m)[1],
                "del": lambda: (m.__delitem__(k), m)[1], "pop": lambda: m.pop(k),
                "popitem": lambda: m.popitem(), "len": lambda: len(m), "list": lambda: list(m),
                "repr": lambda: repr(m), "child": lambda: m.new_child({k: 0}),
                "parents": lambda: m.parents, "in": lambda: k in m, "eq": lambda: m == {k: 1},
                "clear": lambda: (m.clear(), m)[1], "or": lambda: m | {k: 5},
            }[op]()

        compare(f"ChainMap {maps} {op} {k}", outcome(lambda: run_cm(m1)),
                outcome(lambda: run_cm(m2)))

for _ in range(2000):
    fields = rng.sample(["a", "b", "c", "_d", "def", "1x", "a", "e f"], rng.randint(0, 3))
    rename = rng.random() < 0.3
    defaults = rng.choice([None, (), (1,), (1, 2), (1, 2, 3, 4)])
    args = [rng.randint(0, 9) for _ in range(rng.randint(0, 4))]
    kw = {rng.choice(["a", "b", "z"]): 0} if rng.random() < 0.3 else {}

    def run_nt(m):
        P = m.namedtuple("P", fields, rename=rename, defaults=defaults)
        p = P(*args, **kw)
        return (P._fields, P._field_defaults, p, p._asdict(), p._replace(**kw) if kw else p,
                P._make(args))

    compare(f"namedtuple {fields} {rename} {defaults} {args} {kw}", outcome(lambda: run_nt(real)),
            outcome(lambda: run_nt(mine)))
print("mismatches", bad)
sys.exit(1 if bad else 0)
