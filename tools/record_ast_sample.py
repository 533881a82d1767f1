#!/usr/bin/env python3.12
"""Records CPython 3.12's `python -m ast` output for the fixtures in tests/parity/ast/.

For every NAME.py there (the parse mode comes from the name: NAME.eval.py, NAME.single.py,
NAME.func_type.py, otherwise exec) it writes
  NAME.ast    stdout of `python -m ast -m MODE NAME.py`
  NAME.ast-a  stdout of `python -m ast -m MODE -a NAME.py`
or, for a file CPython rejects,
  NAME.err    one line: the exception type and line number ("SyntaxError 3").
cli/tests/ast_parity.rs compares `pyvm -m ast` against these files.

Usage: python3.12 tools/record_ast_sample.py   (../shared/tools/cpython312 finds one)
"""
import ast
import subprocess
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests/parity/ast"


def mode_of(path: Path) -> str:
    for mode in ("eval", "single", "func_type"):
        if path.name.endswith(f".{mode}.py"):
            return mode
    return "exec"


def main() -> None:
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    for stale in list(SAMPLE.glob("*.ast")) + list(SAMPLE.glob("*.ast-a")) + list(SAMPLE.glob("*.err")):
        stale.unlink()
    count = 0
    for path in sorted(SAMPLE.glob("*.py")):
        mode = mode_of(path)
        stem = path.name[: -len(".py")]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ast.parse(path.read_bytes(), path.name, mode, type_comments=True)
        except SyntaxError as e:
            (SAMPLE / f"{stem}.err").write_text(f"{type(e).__name__} {e.lineno}\n")
            count += 1
            continue
        for suffix, extra in ((".ast", []), (".ast-a", ["-a"])):
            out = subprocess.run(
                [sys.executable, "-W", "ignore", "-m", "ast", "-m", mode, *extra, path.name],
                cwd=SAMPLE, capture_output=True, check=True,
            ).stdout
            (SAMPLE / f"{stem}{suffix}").write_bytes(out)
        count += 1
    print(f"recorded {count} fixtures in {SAMPLE}")


if __name__ == "__main__":
    main()
