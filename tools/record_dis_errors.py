#!/usr/bin/env python3
"""Records the compile-time SyntaxErrors and SyntaxWarnings of CPython 3.12's code generator
(and symbol table) for the small programs in tests/dis/errors/*.py into
tests/dis/errors/expected.json: {file: {"error": [msg, lineno, offset] or null,
"warnings": [[msg, lineno], ...]}}. compiler/tests/compile_errors.rs compares pyvm with it.

Run with CPython 3.12: python3.12 tools/record_dis_errors.py
"""
import json
import os
import sys
import warnings

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
folder = os.path.join(root, "tests", "dis", "errors")
assert sys.version_info[:2] == (3, 12), "record with CPython 3.12"
out = {}
for name in sorted(os.listdir(folder)):
    if not name.endswith(".py"):
        continue
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        source = fh.read()
    error = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, name, "exec")
        except SyntaxError as e:
            error = [e.msg, e.lineno, e.offset]
    out[name] = {
        "error": error,
        "warnings": [[str(w.message), w.lineno] for w in caught if w.category is SyntaxWarning],
    }
with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, indent=1, sort_keys=True)
    fh.write("\n")
print(f"{len(out)} programs recorded")
