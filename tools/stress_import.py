#!/usr/bin/env python3
"""Stress pyvm's bytecode cache (issue 5, acceptance 4): many importers, one editor.

    python3 tools/stress_import.py [--pyvm EXE] [--pyc-check EXE] [--procs 8]
                                   [--modules 50] [--seconds 30] [--keep DIR]

Builds a package `pkg` of N modules in a temporary directory. Each module starts with
`VERSION = n`, holds code that repeats n as literals (so a code object mixing two versions
is caught), and imports the module before it. Then, for --seconds:

* --procs driver threads each loop: start `pyvm worker.py ROOT` (with PYTHONDONTWRITEBYTECODE
  removed from the environment, so pyvm reads and writes `pkg/__pycache__`). The worker reads
  every module's source version, imports `pkg`, reads the versions again and checks, for
  every module, `before <= module.VERSION <= after` and that the module's code agrees with
  its VERSION: an importer never runs code older than the source it saw;
* one editor rewrites random modules with VERSION + 1, each new text strictly longer than
  every earlier text of that module (the cache check compares the source's size and 32-bit
  mtime: a size that never repeats makes a stale pyc detectable even within one second),
  writing a temporary file and renaming it over the module, so torn *sources* are not what
  is measured.

A run fails if pyvm exits nonzero, prints anything on stderr, prints anything but the
worker's `OK` line, or takes over 120 s. At the end every file left in `pkg/__pycache__` must
be a whole pyvm pyc (`pyc_check`, from pyvm-benches: header and body), no temporary file may be
left behind, and two more runs after the editing stopped must import the final versions, the
second one from the cache only (counted in its `-v` trace).

Prints the runs, imports, edits and failures; exits 1 on any failure. `--control-same-size`
makes every edit keep the module's size (a negative control: the detector must then report
stale code, as CPython's cache would also serve it within the same second). pyvm and pyc_check
default to `target-qa5/release/` (build them with
`cargo build --release -p pyvm-cli -p pyvm-benches --bin pyvm --bin pyc_check`).
"""
import argparse
import glob
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

WORKER = r"""
import sys
root = sys.argv[1]
count = int(sys.argv[2])
names = ["m%02d" % i for i in range(count)]

def versions():
    out = []
    for name in names:
        with open(root + "/pkg/" + name + ".py") as f:
            first = f.readline()
        out.append(int(first.split("=")[1]))
    return out

before = versions()
import pkg
after = versions()
bad = []
for i, name in enumerate(names):
    m = getattr(pkg, name)
    v = m.VERSION
    if not before[i] <= v <= after[i]:
        bad.append("%s: source said %d before and %d after, module has %d" % (name, before[i], after[i], v))
    if m.tag() != "v%d" % v or m.Box().twice() != 2 * v or m.TABLE[-1] != v:
        bad.append("%s: code disagrees with VERSION %d" % (name, v))
if bad:
    print("BAD " + "; ".join(bad))
else:
    print("OK %d" % len(names))
"""


def module_text(index, version, min_len):
    """The source of module `index` at `version`, padded to at least `min_len` bytes."""
    prev = "from . import m%02d as prev\n" % (index - 1) if index else "prev = None\n"
    text = (
        "VERSION = %d\n" % version
        + prev
        + "TABLE = [i * %d for i in range(3)] + [%d]\n" % (version, version)
        + "def tag():\n    return 'v%d'\n" % version
        + "class Box:\n"
        + "    def __init__(self):\n        self.n = %d\n" % version
        + "    def twice(self):\n        return self.n * 2\n"
        + "def walk(n):\n"
        + "    total = 0\n"
        + "    for i in range(n):\n"
        + "        try:\n            total += i %% %d\n" % (version + 1)
        + "        except ZeroDivisionError:\n            pass\n"
        + "    return total\n"
    )
    if len(text) < min_len:
        text += "#" * (min_len - len(text) - 1) + "\n"
    return text


def write_atomic(path, text):
    tmp = "%s.%d.tmp" % (path, os.getpid())
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def make_tree(root, count, same_size=False):
    pkg = os.path.join(root, "pkg")
    os.makedirs(pkg)
    names = ["m%02d" % i for i in range(count)]
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("from . import %s\n" % ", ".join(names))
    sizes = []
    for i in range(count):
        text = module_text(i, 1, 4096 if same_size else 0)
        write_atomic(os.path.join(pkg, names[i] + ".py"), text)
        sizes.append(len(text))
    with open(os.path.join(root, "worker.py"), "w") as f:
        f.write(WORKER)
    return sizes


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.runs = 0
        self.failures = []
        self.edits = 0

    def fail(self, msg):
        with self.lock:
            self.failures.append(msg)


def run_worker(args, root, env, extra=()):
    cmd = [args.pyvm, *extra, os.path.join(root, "worker.py"), root, str(args.modules)]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=root)


def check_run(proc, stats, what):
    out, err = proc.stdout.strip(), proc.stderr
    if proc.returncode != 0 or out != "OK %d" % stats.modules or (err and what != "verbose"):
        stats.fail(
            "%s: exit %s, stdout %r, stderr %r" % (what, proc.returncode, out[-300:], err[-600:])
        )
        return False
    return True


def importer(args, root, env, stats, stop):
    while not stop.is_set():
        try:
            proc = run_worker(args, root, env)
        except subprocess.TimeoutExpired:
            stats.fail("timeout")
            continue
        with stats.lock:
            stats.runs += 1
        check_run(proc, stats, "run")


def editor(args, root, sizes, stats, deadline, seed):
    rng = random.Random(seed)
    versions = [1] * args.modules
    while time.monotonic() < deadline:
        i = rng.randrange(args.modules)
        versions[i] += 1
        if args.control_same_size:
            text = module_text(i, versions[i], 4096)
            assert len(text) == 4096
        else:
            text = module_text(i, versions[i], sizes[i] + 1 + rng.randrange(4))
            assert len(text) > sizes[i]
        sizes[i] = len(text)
        write_atomic(os.path.join(root, "pkg", "m%02d.py" % i), text)
        stats.edits += 1
        time.sleep(args.edit_pause)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyvm", default=os.path.join(ROOT, "target-qa5", "release", "pyvm"))
    ap.add_argument(
        "--pyc-check", default=os.path.join(ROOT, "target-qa5", "release", "pyc_check")
    )
    ap.add_argument("--procs", type=int, default=8)
    ap.add_argument("--modules", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--edit-pause", type=float, default=0.005)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument(
        "--control-same-size",
        action="store_true",
        help="negative control: every edit keeps the size (4096 bytes), which the cache check "
        "cannot tell from the pyc's within one second, so stale code must be detected",
    )
    ap.add_argument("--keep", help="build the tree in this (new) directory and keep it")
    args = ap.parse_args()
    args.pyvm = os.path.abspath(args.pyvm)
    args.pyc_check = os.path.abspath(args.pyc_check)

    root = args.keep or tempfile.mkdtemp(prefix="pyvm-stress-")
    if args.keep:
        os.makedirs(root)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    stats = Stats()
    stats.modules = args.modules
    sizes = make_tree(root, args.modules, args.control_same_size)

    start = time.monotonic()
    stop = threading.Event()
    threads = [
        threading.Thread(target=importer, args=(args, root, env, stats, stop))
        for _ in range(args.procs)
    ]
    for t in threads:
        t.start()
    editor(args, root, sizes, stats, start + args.seconds, args.seed)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start

    # After the editing: one run to refresh the cache, one that must take every module from it.
    settle = run_worker(args, root, env)
    check_run(settle, stats, "settle")
    verbose = run_worker(args, root, env, ("-v",))
    check_run(verbose, stats, "verbose")
    trace = verbose.stderr.splitlines()
    from_cache = sum(1 for l in trace if l.startswith("# code object from ") and ".pyc" in l)
    wrote = sum(1 for l in trace if l.startswith("# created "))
    if from_cache < args.modules + 1 or wrote:
        stats.fail(
            "final run: %d modules from the cache, %d written (expected %d and 0)"
            % (from_cache, wrote, args.modules + 1)
        )

    cache = os.path.join(root, "pkg", "__pycache__")
    pycs = sorted(glob.glob(os.path.join(cache, "*.pyc")))
    leftovers = sorted(set(os.listdir(cache)) - {os.path.basename(p) for p in pycs})
    if leftovers:
        stats.fail("files left in __pycache__: %s" % leftovers[:10])
    check = subprocess.run([args.pyc_check, *pycs], capture_output=True, text=True)
    if check.returncode != 0:
        stats.fail("pyc_check: " + check.stdout[-2000:])

    print(
        "%d importer processes, %d modules, %.1f s: %d runs (%d module imports), %d edits, "
        "%d failures; %d pycs left, %s; final run: %d modules from the cache"
        % (
            args.procs,
            args.modules,
            elapsed,
            stats.runs,
            stats.runs * (args.modules + 1),
            stats.edits,
            len(stats.failures),
            len(pycs),
            check.stdout.strip().splitlines()[-1] if check.stdout.strip() else "pyc_check: ?",
            from_cache,
        )
    )
    for f in stats.failures[:20]:
        print("FAIL", f)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if stats.failures else 0)


if __name__ == "__main__":
    main()
