#!/usr/bin/env python3
"""Randomised comparison of lib/itertools, lib/heapq, lib/bisect and lib/string (Formatter,
Template) with CPython 3.12's modules: random arguments and inputs, comparing results and
exception types/messages. Run with python3.12; prints mismatches. Not needed by cargo test.
"""
import bisect as real_bisect
import heapq as real_heapq
import importlib.util
import itertools as real_it
import random
import string as real_string
import sys
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "lib"


def load(name):
    spec = importlib.util.spec_from_file_location("my_" + name, LIB / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


my_it, my_heapq, my_bisect, my_string = (load(n) for n in ("itertools", "heapq", "bisect",
                                                           "string"))
rng = random.Random(11)
bad = 0


def _clean(text):
    # Object addresses and the module name the test loads our files under differ by design.
    import re
    return re.sub(r"0x[0-9a-f]+", "0x?", text).replace("my_itertools.", "itertools.")


def outcome(f):
    try:
        r = f()
        if hasattr(r, "__next__"):
            r = list(real_it.islice(r, 30))
        elif isinstance(r, tuple) and r and hasattr(r[0], "__next__"):
            r = [list(real_it.islice(x, 30)) for x in r]
        return ("ok", _clean(repr(r)))
    except Exception as e:
        return (type(e).__name__, str(e))


def compare(label, f_real, f_mine):
    global bad
    a, b = outcome(f_real), outcome(f_mine)
    if a != b:
        bad += 1
        if bad < 12:
            print(label, a, b)


def arg():
    return rng.choice([0, 1, 2, 3, -1, None, "ab", "", [1, 2, 3], (), 2.5, [[1, 2], [3]], "abcde",
                       range(4), [3, 1, 2], True])


NAMES = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
         "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
         "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]
for _ in range(30000):
    name = rng.choice(NAMES)
    args = [arg() for _ in range(rng.randint(0, 4))]
    if name in ("dropwhile", "filterfalse", "takewhile", "starmap") and args and rng.random() < .7:
        args[0] = rng.choice([bool, len, None, str, max])
    if name == "accumulate" and len(args) > 1 and rng.random() < .7:
        args[1] = rng.choice([max, min, None, pow])
    kwargs = {}
    if rng.random() < 0.1:
        kwargs[rng.choice(["r", "n", "repeat", "fillvalue", "initial", "key", "times", "x"])] = arg()
    compare(f"{name}{tuple(args)}{kwargs}", lambda: getattr(real_it, name)(*args, **kwargs),
            lambda: getattr(my_it, name)(*args, **kwargs))

for _ in range(5000):
    data = [rng.randint(0, 20) for _ in range(rng.randint(0, 15))]
    a, b = list(data), list(data)
    ops = []
    for _ in range(10):
        op = rng.choice(["heappush", "heappop", "heapify", "heapreplace", "heappushpop"])
        x = rng.randint(0, 20)
        args = () if op in ("heappop", "heapify") else (x,)
        ops.append(op)
        compare(f"{op} {data} {ops}", lambda: (getattr(real_heapq, op)(a, *args), a),
                lambda: (getattr(my_heapq, op)(b, *args), b))
    n = rng.randint(-1, 6)
    key = rng.choice([None, lambda v: -v, lambda v: v % 5])
    compare("nlargest", lambda: real_heapq.nlargest(n, data, key=key),
            lambda: my_heapq.nlargest(n, data, key=key))
    compare("nsmallest", lambda: real_heapq.nsmallest(n, data, key=key),
            lambda: my_heapq.nsmallest(n, data, key=key))
    srt = sorted(data)
    x = rng.randint(-1, 21)
    lo, hi = rng.choice([(0, None), (1, None), (0, 3), (2, 5), (-1, None)])
    for fn in ("bisect_left", "bisect_right"):
        compare(fn, lambda: getattr(real_bisect, fn)(srt, x, lo, hi),
                lambda: getattr(my_bisect, fn)(srt, x, lo, hi))

pieces = ["{", "}", "{}", "{0}", "{1}", "{x}", "{x.real}", "{y[0]}", "{y[k]}", "!r", "!s", "!z", ":",
          ">5", "{:{}}", "a", " ", "{{", "}}", "[", "]", ".", "$", "$x", "${x}", "$$", "${", "$1"]
fmt_args = ((3.5, "ab"), {"x": 7, "y": {"k": 1, 0: 2}})
for _ in range(30000):
    s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
    compare(f"parse {s!r}", lambda: list(real_string.Formatter().parse(s)),
            lambda: list(my_string.Formatter().parse(s)))
    compare(f"format {s!r}", lambda: real_string.Formatter().vformat(s, *fmt_args),
            lambda: my_string.Formatter().vformat(s, *fmt_args))
    compare(f"template {s!r}", lambda: real_string.Template(s).substitute(x=1, y=2),
            lambda: my_string.Template(s).substitute(x=1, y=2))
    compare(f"safe {s!r}", lambda: real_string.Template(s).safe_substitute(x=1),
            lambda: my_string.Template(s).safe_substitute(x=1))
    compare(f"ids {s!r}", lambda: (real_string.Template(s).get_identifiers(),
                                   real_string.Template(s).is_valid()),
            lambda: (my_string.Template(s).get_identifiers(), my_string.Template(s).is_valid()))

# islice consumption, groupby group invalidation, heapq.merge ties and the max-heap helpers.
for t in range(10000):
    n = rng.randint(0, 12)
    args = [rng.choice([None, 0, 1, 2, 3, 5, 8, 13]) for _ in range(rng.randint(1, 3))]
    if len(args) == 3 and args[2] == 0:
        args[2] = 1
    pulls = rng.randint(0, 6)

    def run_islice(m):
        src = iter(range(n))
        it = m.islice(src, *args)
        return [next(it, "END") for _ in range(pulls)], list(src)

    compare(f"islice {n} {args}", lambda: run_islice(real_it), lambda: run_islice(my_it))
    data = [rng.randint(0, 2) for _ in range(rng.randint(0, 8))]
    key = rng.choice([None, lambda x: x // 2])
    script = [rng.choice(["outer", "first", "last", "all"]) for _ in range(rng.randint(0, 8))]

    def run_groupby(m):
        src = iter(data)
        g = m.groupby(src, key)
        groups, out = [], []
        for step in script:
            try:
                if step == "outer":
                    k, grp = next(g)
                    groups.append(grp)
                    out.append(k)
                elif groups:
                    grp = groups[0] if step == "first" else groups[-1]
                    out.append(list(grp) if step == "all" else next(grp))
            except StopIteration:
                out.append("stop")
        return out, list(src)

    compare(f"groupby {data} {script}", lambda: run_groupby(real_it), lambda: run_groupby(my_it))
    rev = rng.random() < 0.5
    mkey = rng.choice([None, lambda t: t[0], lambda t: -t[0]])
    lists = []
    for i in range(rng.randint(0, 4)):
        items = [(rng.randint(0, 5), i, j) for j in range(rng.randint(0, 5))]
        items.sort(key=mkey, reverse=rev)
        lists.append(items)
    compare(f"merge {lists} {rev}", lambda: list(real_heapq.merge(*lists, key=mkey, reverse=rev)),
            lambda: list(my_heapq.merge(*lists, key=mkey, reverse=rev)))
    heap = [rng.randint(0, 30) for _ in range(rng.randint(0, 20))]
    a, b = list(heap), list(heap)
    compare("heapify_max", lambda: (real_heapq._heapify_max(a), a),
            lambda: (my_heapq._heapify_max(b), b))
    x = rng.randint(0, 30)
    op = rng.choice(["_heappop_max", "_heapreplace_max"])
    margs = () if op == "_heappop_max" else (x,)
    compare(op, lambda: (getattr(real_heapq, op)(a, *margs), a),
            lambda: (getattr(my_heapq, op)(b, *margs), b))
print("mismatches", bad)
sys.exit(1 if bad else 0)
