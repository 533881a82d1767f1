#!/usr/bin/env python3
"""Run a program under CPython 3.12 with some of pyvm's own `lib/` modules standing in.

Usage: ``python3.12 tools/run_with_lib.py MOD[,MOD...] program.py``

Each named module is loaded from ``lib/`` by path and put in ``sys.modules`` under its name before
the program starts, so the program's ``import MOD`` gets pyvm's version while everything else
(including CPython's own use of the module, e.g. ``re`` importing ``enum``) keeps CPython's. This
is how pyvm's standard library is checked against the recorded conformance output before pyvm can
import files itself. Nothing here is needed by ``cargo test``.
"""

import importlib.util
import runpy
import sys
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "lib"


def load(name: str) -> None:
    parts = name.split(".")
    path = LIB.joinpath(*parts).with_suffix(".py")
    is_pkg = False
    if not path.exists():
        path = LIB.joinpath(*parts, "__init__.py")
        is_pkg = True
    spec = importlib.util.spec_from_file_location(
        name, path, submodule_search_locations=[str(path.parent)] if is_pkg else None
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)


def main() -> None:
    names, program = sys.argv[1], sys.argv[2]
    for n in names.split(","):
        if n:
            load(n)
    sys.argv = sys.argv[2:]
    runpy.run_path(program, run_name="__main__")


if __name__ == "__main__":
    main()
