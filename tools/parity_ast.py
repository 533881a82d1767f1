#!/usr/bin/env python3.12
"""Compares `pyvm -m ast` with CPython 3.12's `ast` on every .py file of CPython's Lib/.

For each file CPython accepts, `pyvm -m ast FILE` and `pyvm -m ast -a FILE` must print exactly
what `python -m ast` prints (computed here in-process, which is much faster than a CPython
process per file); for each file CPython rejects, pyvm must exit with status 1 and report the
same exception type on the same line.

Usage:
  python3.12 tools/parity_ast.py [--pyvm PATH] [--lib DIR] [-j N] [--limit N] [--show N]
  python3.12 tools/parity_ast.py --diff FILE [-a]     unified diff for one file
  python3.12 tools/parity_ast.py --mutate N [--seed S] [--show N]

--mutate checks the error path instead: N snippets of the library, each damaged by one or two
random edits (a token inserted, a few characters deleted, the text cut short); for those
CPython rejects, pyvm must report the same exception type, message and line. The same seed
gives the same snippets.
"""
import argparse
import ast
import difflib
import os
import re
import subprocess
import sys
import sysconfig
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60
FILE_LINE = re.compile(r'^  File "(.*)", line (\d+)$')


def expected(path: str):
    """('ok', dump, dump_with_attributes) or ('err', type, line) or ('skip', reason)."""
    try:
        src = Path(path).read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src, path, type_comments=True)
    except SyntaxError as e:
        return ("err", type(e).__name__, e.lineno)
    except (ValueError, OSError, MemoryError, RecursionError) as e:
        return ("skip", f"{type(e).__name__}: {e}")
    try:
        return ("ok", ast.dump(tree, indent=3) + "\n",
                ast.dump(tree, include_attributes=True, indent=3) + "\n")
    except (ValueError, RecursionError) as e:  # e.g. an int too large for str()
        return ("skip", f"{type(e).__name__}: {e}")


def run_pyvm(pyvm: str, path: str, extra):
    try:
        p = subprocess.run([pyvm, "-m", "ast", *extra, path], capture_output=True, timeout=TIMEOUT)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def reported_error(path: str, stderr: str):
    """(type, line) of the SyntaxError pyvm printed."""
    line = None
    for text in stderr.splitlines():
        m = FILE_LINE.match(text)
        if m and m.group(1) == path:
            line = int(m.group(2))
    last = stderr.rstrip("\n").rsplit("\n", 1)[-1]
    kind = last.split(":", 1)[0] if ":" in last else last
    return kind, line


def check(job):
    """Checks one file: returns (path, kind, status, detail)."""
    pyvm, path = job
    exp = expected(path)
    if exp[0] == "skip":
        return path, "skip", "skip", exp[1]
    if exp[0] == "err":
        code, _out, err = run_pyvm(pyvm, path, [])
        got = reported_error(path, err)
        same = code == 1 and got == (exp[1], exp[2])
        return path, "rejected", "same" if same else "diff", f"want {exp[1]} line {exp[2]}, got {got[0]} line {got[1]} (exit {code})"
    results = []
    for extra, want in (([], exp[1]), (["-a"], exp[2])):
        code, out, err = run_pyvm(pyvm, path, extra)
        if out == want:
            results.append(("same", ""))
        elif code != 0:
            results.append(("diff", f"exit {code}: {err.strip().splitlines()[-1] if err.strip() else ''}"))
        else:
            results.append(("diff", first_difference(out, want)))
    return path, "accepted", results, ""


def first_difference(got: str, want: str) -> str:
    g, w = got.splitlines(), want.splitlines()
    for i, (a, b) in enumerate(zip(g, w)):
        if a != b:
            return f"line {i + 1}: want {b.strip()!r}, got {a.strip()!r}"
    return f"want {len(w)} lines, got {len(g)}"


def show_diff(pyvm: str, path: str, attributes: bool) -> None:
    exp = expected(path)
    if exp[0] != "ok":
        print(f"CPython: {exp}")
        code, _out, err = run_pyvm(pyvm, path, [])
        print(f"pyvm (exit {code}):\n{err}")
        return
    want = exp[2] if attributes else exp[1]
    code, out, err = run_pyvm(pyvm, path, ["-a"] if attributes else [])
    if code != 0:
        print(f"pyvm exit {code}:\n{err}")
    diff = difflib.unified_diff(want.splitlines(True), out.splitlines(True), "cpython", "pyvm", n=3)
    text = "".join(diff)
    print(text if text else "identical")


MUTATION_SNIPPETS = [
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "if ", "else", " for ", " in ", "lambda",
    "*", "**", '"', "'", 'f"{', "\n", "\n    ", "def ", "class ", "return", "async ", "await ",
    "@", ".", ";", "\\", "#", "x", "1", " ", "not ", "is ", ":=", "->", "yield ", "import ",
    "from ", "as ", "with ", "try:", "except", "match ", "case ", "!r", "$", "?",
]


def mutate(files, count: int, seed: int):
    """Yields (name, damaged source bytes) for `count` random edits of library snippets."""
    import random
    rng = random.Random(seed)
    for n in range(count):
        path = rng.choice(files)
        try:
            lines = Path(path).read_text(encoding="utf-8").split("\n")
        except (UnicodeDecodeError, OSError):
            continue
        if len(lines) > 400:
            start = rng.randrange(0, len(lines) - 300)
            lines = lines[start:start + 300]
            while lines and lines[0][:1] in (" ", "\t"):
                lines.pop(0)
        src = "\n".join(lines)
        for _ in range(rng.randint(1, 2)):
            if not src:
                break
            pos = rng.randrange(0, len(src))
            op = rng.random()
            if op < 0.4:
                src = src[:pos] + rng.choice(MUTATION_SNIPPETS) + src[pos:]
            elif op < 0.8:
                src = src[:pos] + src[pos + rng.randint(1, 4):]
            else:
                src = src[:pos]
        if src:
            yield f"{os.path.basename(path)}#{n}", src.encode("utf-8", "surrogatepass")


def check_mutation(job):
    """(name, status, detail) for one damaged snippet: skip, same or diff."""
    pyvm, name, data = job
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(data)
        return name, "skip", ""
    except SyntaxError as e:
        want = (type(e).__name__, e.msg, e.lineno)
    except Exception:  # noqa: BLE001 - CPython's own crashes (e.g. UnicodeDecodeError)
        return name, "skip", ""
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        code, _out, err = run_pyvm(pyvm, path, [])
    finally:
        os.unlink(path)
    if code not in (0, 1):
        return name, "diff", f"pyvm exit {code}: {err.strip()[-200:]}"
    got_type, got_line = reported_error(path, err)
    last = err.rstrip("\n").rsplit("\n", 1)[-1]
    got = (got_type, last.split(": ", 1)[1] if ": " in last else "", got_line)
    if got == want:
        return name, "same", ""
    return name, "diff", f"want {want}, got {got}"


def run_mutations(pyvm: str, lib: str, count: int, seed: int, jobs: int, show: int) -> None:
    files = sorted(str(p) for p in Path(lib).rglob("*.py") if "site-packages" not in p.parts)
    work = [(pyvm, name, data) for name, data in mutate(files, count, seed)]
    same = diff = 0
    shown = 0
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for name, status, detail in pool.map(check_mutation, work, chunksize=8):
            if status == "same":
                same += 1
            elif status == "diff":
                diff += 1
                if shown < show:
                    print(f"  {name}: {detail}")
                    shown += 1
    print(f"mutations (seed {seed}): {same}/{same + diff} rejected alike (type, message, line)")


def main() -> None:
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pyvm", default=str(ROOT / "target/release/pyvm"))
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="check only the first N files")
    ap.add_argument("--show", type=int, default=50, help="list at most N mismatches per kind")
    ap.add_argument("--diff", metavar="FILE", help="show a unified diff for FILE")
    ap.add_argument("-a", action="store_true", help="with --diff: compare the -a output")
    ap.add_argument("--mutate", type=int, default=0, metavar="N",
                    help="check the errors of N damaged library snippets instead")
    ap.add_argument("--seed", type=int, default=1, help="with --mutate: the random seed")
    args = ap.parse_args()
    pyvm = os.path.abspath(args.pyvm)
    if not os.access(pyvm, os.X_OK):
        sys.exit(f"no pyvm binary at {pyvm} (cargo build --release -p pyvm-cli, or --pyvm)")
    if args.diff:
        show_diff(pyvm, args.diff, args.a)
        return
    if args.mutate:
        run_mutations(pyvm, args.lib, args.mutate, args.seed, args.jobs, args.show)
        return

    files = sorted(str(p) for p in Path(args.lib).rglob("*.py") if "site-packages" not in p.parts)
    if args.limit:
        files = files[: args.limit]
    plain_ok = attrs_ok = accepted = rej_ok = rejected = skipped = 0
    plain_bad, attrs_bad, rej_bad = [], [], []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for path, kind, status, detail in pool.map(check, [(pyvm, f) for f in files], chunksize=4):
            if kind == "skip":
                skipped += 1
            elif kind == "rejected":
                rejected += 1
                if status == "same":
                    rej_ok += 1
                else:
                    rej_bad.append((path, detail))
            else:
                accepted += 1
                (p_status, p_detail), (a_status, a_detail) = status
                if p_status == "same":
                    plain_ok += 1
                else:
                    plain_bad.append((path, p_detail))
                if a_status == "same":
                    attrs_ok += 1
                else:
                    attrs_bad.append((path, a_detail))
    for title, bad in (("ast", plain_bad), ("ast -a", attrs_bad), ("rejected", rej_bad)):
        if bad:
            print(f"--- {title} mismatches ({len(bad)}):")
            for path, detail in bad[: args.show]:
                print(f"  {os.path.relpath(path, args.lib)}: {detail}")
    print(f"ast: {plain_ok}/{accepted} identical")
    print(f"ast -a: {attrs_ok}/{accepted}")
    print(f"rejected: {rej_ok}/{rejected} same type+line")
    if skipped:
        print(f"skipped: {skipped} (CPython itself cannot dump them)")


if __name__ == "__main__":
    main()
