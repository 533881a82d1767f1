#!/usr/bin/env python3
"""Record CPython 3.12's behaviour on the conformance corpus.

For every ``tests/conformance/<area>/<name>.py`` this runs ``python3.12 -B <name>.py`` with the
working directory set to ``tests/conformance/<area>`` and writes, beside the program:

* ``<name>.out``    -- its standard output,
* ``<name>.err``    -- its standard error,
* ``<name>.status`` -- its exit status followed by a newline.

CPython 3.9+ makes the ``__main__`` script path absolute, so tracebacks name the file as
``/abs/path/tests/conformance/<area>/<name>.py``.  To keep the recording independent of where the
repository is checked out, the absolute area directory (plus the trailing slash) is removed from both
streams; ``cli/tests/conformance.rs`` applies the same normalisation to pyvm's output.

The environment is minimal and fixed (``PYTHONHASHSEED=0``, ``PYTHONIOENCODING=utf-8``) so the
recording is deterministic: running this script twice must leave ``git status`` clean.

Usage: ``python3.12 tools/record_conformance.py [area-or-program ...]`` (no argument: everything).
The interpreter defaults to ``$PYVM_ORACLE`` or the output of ``../shared/tools/cpython312``.
"""

from __future__ import annotations

import concurrent.futures
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "conformance"
TIMEOUT = 20


def find_oracle() -> str:
    if os.environ.get("PYVM_ORACLE"):
        return os.environ["PYVM_ORACLE"]
    if sys.version_info[:2] == (3, 12):
        return sys.executable
    finder = ROOT.parent / "shared" / "tools" / "cpython312"
    out = subprocess.run([str(finder)], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def environment() -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
    }
    if "HOME" in os.environ:
        env["HOME"] = os.environ["HOME"]
    return env


def normalise(data: bytes, area_dir: Path) -> bytes:
    """Strip the checkout-specific directory from file names in tracebacks."""
    for prefix in {str(area_dir), os.path.realpath(area_dir)}:
        data = data.replace((prefix + os.sep).encode(), b"")
    return data


def record(python: str, program: Path) -> tuple[Path, bool]:
    area_dir = program.parent
    try:
        proc = subprocess.run(
            [python, "-B", program.name],
            cwd=area_dir,
            env=environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
        out, err, status = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT: {program.relative_to(CORPUS)}", file=sys.stderr)
        return program, False
    changed = False
    for suffix, data in (
        (".out", normalise(out, area_dir)),
        (".err", normalise(err, area_dir)),
        (".status", f"{status}\n".encode()),
    ):
        target = program.with_suffix(suffix)
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            changed = True
    return program, changed


def programs(selection: list[str]) -> list[Path]:
    if not selection:
        return sorted(CORPUS.glob("*/*.py"))
    found: list[Path] = []
    for item in selection:
        path = Path(item)
        if not path.is_absolute():
            path = (Path.cwd() / path) if (Path.cwd() / path).exists() else CORPUS / item
        found.extend(sorted(path.glob("*.py")) if path.is_dir() else [path])
    return found


def main() -> int:
    python = find_oracle()
    todo = programs(sys.argv[1:])
    changed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for program, did_change in pool.map(lambda p: record(python, p), todo):
            if did_change:
                changed += 1
                print(f"updated {program.relative_to(CORPUS)}")
    print(f"recorded {len(todo)} programs, {changed} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
