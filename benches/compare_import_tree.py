#!/usr/bin/env python3
"""Import a 1,000-module tree from warm caches: pyvm against CPython 3.12 (issue 5, acceptance 5).

    python3 benches/compare_import_tree.py [--pyvm EXE] [--python PY] [--repeat 5] [--keep DIR]

Generates a package tree in a temporary directory: `root` holds 9 packages, each holding 10
subpackages of 10 modules: 1,000 modules counting every `__init__.py` (1 + 9 + 90 + 900). Each `__init__` imports
its children; each module has a few functions, two classes (one a subclass), a dict and a
list of constants, and imports its previous sibling (`from . import m3`), so both importers do
the usual work of finding, loading and executing. Nothing of the standard library is
imported by the tree.

Each interpreter first runs `-c "import root"` once with PYTHONDONTWRITEBYTECODE removed, which
writes its cache (`__pycache__/*.cpython-312.pyc`, `*.pyvm-312.pyc`), and once more to check
the cache is complete; then `-c "import root"` is timed --repeat times, alternately, and the
best wall time of each kept. `-c pass` is timed the same way, to show the start-up share.
pyvm defaults to `target-qa5/release/pyvm` (build it with
`cargo build --release -p pyvm-cli --bin pyvm`).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
CPYTHON = "/root/.pyenv/versions/3.12.1/bin/python3.12"


def module_text(name, prev):
    lines = []
    if prev:
        lines.append("from . import %s as _prev" % prev)
    lines += [
        "CONST = {%s}" % ", ".join("'%s_%d': %d" % (name, i, i * 7) for i in range(8)),
        "TABLE = [%s]" % ", ".join(str(i * i) for i in range(16)),
        "",
        "def scale(x, factor=3):",
        "    return [v * factor for v in x if v % 2 == 0]",
        "",
        "def describe(item, *, verbose=False):",
        "    if verbose:",
        "        return f'{item!r} in %s'" % name,
        "    return str(item)",
        "",
        "def walk(tree):",
        "    total = 0",
        "    for key, value in tree.items():",
        "        try:",
        "            total += len(key) + value",
        "        except TypeError:",
        "            continue",
        "    return total",
        "",
        "class Node:",
        "    kind = '%s'" % name,
        "    def __init__(self, value, children=()):",
        "        self.value = value",
        "        self.children = list(children)",
        "    def size(self):",
        "        return 1 + sum(c.size() for c in self.children)",
        "    def __repr__(self):",
        "        return 'Node(%r)' % (self.value,)",
        "",
        "class Leaf(Node):",
        "    def size(self):",
        "        return 1",
        "",
    ]
    return "\n".join(lines)


def make_tree(base, packages=9, subpackages=10, modules=10):
    """Writes the tree under base/root; returns the number of modules (files)."""
    count = 0

    def write(path, text):
        nonlocal count
        with open(path, "w") as f:
            f.write(text)
        count += 1

    root = os.path.join(base, "root")
    os.makedirs(root)
    pkgs = ["p%d" % i for i in range(packages)]
    write(os.path.join(root, "__init__.py"), "from . import %s\n" % ", ".join(pkgs))
    for p in pkgs:
        pdir = os.path.join(root, p)
        os.makedirs(pdir)
        subs = ["s%d" % i for i in range(subpackages)]
        write(
            os.path.join(pdir, "__init__.py"),
            "from . import %s\nNAME = %r\n" % (", ".join(subs), p),
        )
        for s in subs:
            sdir = os.path.join(pdir, s)
            os.makedirs(sdir)
            mods = ["m%d" % i for i in range(modules)]
            write(
                os.path.join(sdir, "__init__.py"),
                "from . import %s\n" % ", ".join(mods) + module_text(s, None),
            )
            prev = None
            for m in mods:
                write(os.path.join(sdir, m + ".py"), module_text(m, prev))
                prev = m
    return count


def timed(cmd, cwd, env):
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0 or proc.stderr:
        sys.exit("%s failed (exit %d):\n%s" % (" ".join(cmd), proc.returncode, proc.stderr[-3000:]))
    return elapsed


def count_pycs(base, tag):
    n = 0
    for _, _, files in os.walk(base):
        n += sum(1 for f in files if f.endswith(".%s.pyc" % tag))
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target-qa5", "release", "pyvm"))
    ap.add_argument("--python", default=CPYTHON)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", help="build the tree in this (new) directory and keep it")
    args = ap.parse_args()
    args.pyvm = os.path.abspath(args.pyvm)

    base = args.keep or tempfile.mkdtemp(prefix="pyvm-import-tree-")
    if args.keep:
        os.makedirs(base)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONPATH", None)
    n = make_tree(base)
    size = sum(
        os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(base) for f in fs
    )
    runners = {"CPython 3.12": args.python, "pyvm": args.pyvm}
    for exe in runners.values():
        timed([exe, "-c", "import root"], base, env)  # writes the cache
        timed([exe, "-c", "import root"], base, env)  # and finds it complete
    pycs = {"CPython 3.12": count_pycs(base, "cpython-312"), "pyvm": count_pycs(base, "pyvm-312")}

    best = {(k, what): float("inf") for k in runners for what in ("import", "pass")}
    for _ in range(args.repeat):
        for label, exe in runners.items():
            for what, code in (("import", "import root"), ("pass", "pass")):
                t = timed([exe, "-c", code], base, env)
                best[label, what] = min(best[label, what], t)

    print("%d modules, %.2f MB of source, best of %d" % (n, size / 1e6, args.repeat))
    print("%-14s %10s %12s %14s" % ("", "pycs", "-c pass (ms)", "import root (ms)"))
    for label in runners:
        print(
            "%-14s %10d %12.1f %14.1f"
            % (label, pycs[label], best[label, "pass"] * 1e3, best[label, "import"] * 1e3)
        )
    ratio = best["CPython 3.12", "import"] / best["pyvm", "import"]
    print("pyvm is %.2fx %s than CPython 3.12 on `import root` (wall time, start-up included)"
          % (ratio if ratio >= 1 else 1 / ratio, "faster" if ratio >= 1 else "slower"))
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
