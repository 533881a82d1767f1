#!/usr/bin/env python3
"""Records what CPython 3.12 prints for `-m compileall` / `-m py_compile` on a small tree.

Writes cli/tests/data/compileall/steps.txt: a sequence of steps run in one fresh temporary
directory, each a header line `### $ ARGS` (run `python3.12 -m ARGS` there) or `### touch PATH`
(move the file's mtime 10 seconds forward), followed for commands by the stdout, a
`--- stderr` line, the stderr and `rc=N`. cli/tests/compileall.rs builds the same tree, replays
the steps under `pyvm -m ...` and compares. Run from the repository root:

    python3 tools/record_compileall.py
"""

import os
import subprocess
import sys
import tempfile

PYTHON = "/root/.pyenv/versions/3.12.1/bin/python3.12"

# Keep in sync with TREE in cli/tests/compileall.rs.
TREE = {
    "pkg/a.py": "x = 1\n",
    "pkg/bad.py": "x = (\n",
    "pkg/c.txt": "not python\n",
    "pkg/sub/ind.py": "def f():\nreturn 1\n",
    "pkg/warn.py": "x = \"\\d\"\ny = 1 is 1\n",
    "pkg/sub/deeper/b.py": "y = 2\n",
    "pkg/__pycache__/.keep": "",
}

STEPS = [
    "$ compileall -f pkg",
    "$ compileall pkg",
    "touch pkg/a.py",
    "$ compileall pkg",
    "$ compileall -q -f pkg",
    "$ compileall -qq -f pkg",
    "$ compileall -l -f pkg",
    "$ compileall -r 1 -f pkg",
    "$ compileall -f pkg/a.py",
    "$ compileall -f pkg/bad.py",
    "$ compileall missing",
    "$ py_compile pkg/a.py",
    "$ py_compile pkg/a.py pkg/bad.py",
    "$ py_compile pkg/sub/ind.py",
    "$ py_compile nope.py",
    "$ py_compile",
    "$ py_compile -q pkg/bad.py",
    "$ py_compile pkg/warn.py",
    "$ compileall -q -f pkg/warn.py",
]


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    out_path = os.path.join(root, "cli", "tests", "data", "compileall", "steps.txt")
    env = dict(os.environ, LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    chunks = []
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in TREE.items():
            p = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w") as f:
                f.write(text)
        for step in STEPS:
            chunks.append("### " + step + "\n")
            if step.startswith("touch "):
                p = os.path.join(tmp, step[6:])
                t = os.stat(p).st_mtime + 10
                os.utime(p, (t, t))
                continue
            args = step[2:].split()
            proc = subprocess.run([PYTHON, "-m"] + args, cwd=tmp, env=env,
                                  capture_output=True, stdin=subprocess.DEVNULL)
            chunks.append(proc.stdout.decode())
            chunks.append("--- stderr\n")
            chunks.append(proc.stderr.decode())
            chunks.append("rc=%d\n" % proc.returncode)
    with open(out_path, "w") as f:
        f.write("".join(chunks))
    print("wrote", out_path, file=sys.stderr)


if __name__ == "__main__":
    main()
