#!/usr/bin/env python3.12
"""Fast AST parity of pyvm's parser against CPython 3.12 over a directory of .py files.

Runs the `ast_dump` example of pyvm-parser once over all files (no process per file), then
compares each dump with `ast.dump(ast.parse(src, type_comments=True), include_attributes=True,
indent=3)` computed in-process. Files CPython rejects must be rejected with the same exception
class and line. Used while developing the grammar; the acceptance check is tools/parity_ast.py.

Usage: python3.12 tools/parser_parity.py [--bin PATH] [--lib DIR] [--show N] [--out FILE]
"""
import argparse
import ast
import difflib
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def expected(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src, path, type_comments=True)
    except SyntaxError as e:
        return ("ERR", type(e).__name__, e.lineno, e.msg)
    except (ValueError, UnicodeDecodeError) as e:
        return ("ERR", type(e).__name__, None, str(e))
    return ("OK", ast.dump(tree, include_attributes=True, indent=3) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target-parser/release/examples/ast_dump"))
    ap.add_argument("--lib", default="/root/.pyenv/versions/3.12.1/lib/python3.12")
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--out", default=None, help="write every failure here")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or sorted(
        str(p) for p in Path(args.lib).rglob("*.py") if "site-packages" not in p.parts
    )
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([args.bin, out, *files], check=False)
        ok = 0
        bad = []
        for i, path in enumerate(files):
            try:
                got = Path(out, f"{i}.txt").read_text()
            except FileNotFoundError:
                got = "MISSING\n"
            exp = expected(path)
            if exp[0] == "OK":
                if got == exp[1]:
                    ok += 1
                else:
                    g, w = got.splitlines(), exp[1].splitlines()
                    detail = "dump differs"
                    for n, (a, b) in enumerate(zip(g, w)):
                        if a != b:
                            detail = f"line {n + 1}: want {b.strip()!r} got {a.strip()!r}"
                            break
                    if got.startswith("ERROR"):
                        detail = got.strip()
                    bad.append((path, detail))
            else:
                _, kind, line, msg = exp
                if got.startswith(f"ERROR {kind}:") and f"({line}," in got:
                    ok += 1
                else:
                    bad.append((path, f"CPython {kind} line {line}: {msg!r}; got {got[:200].strip()!r}"))
    print(f"{ok}/{len(files)} files identical")
    for path, detail in bad[: args.show]:
        print(f"  {os.path.relpath(path, args.lib)}: {detail}")
    if args.out:
        with open(args.out, "w") as f:
            for path, detail in bad:
                f.write(f"{path}: {detail}\n")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
