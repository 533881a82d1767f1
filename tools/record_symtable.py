#!/usr/bin/env python3.12
"""Record CPython 3.12's symbol tables for the programs in tests/symtable/.

Run with CPython 3.12 (``/root/.pyenv/versions/3.12.1/bin/python3.12 tools/record_symtable.py``).
For each ``tests/symtable/*.py`` it records, into ``tests/symtable/expected.json``:

* ``table``: what ``symtable.symtable(source, name, "exec")`` builds, as a tree of tables:
  ``type`` (``get_type()``), ``name``, ``lineno``, ``nested``, ``varnames`` (the parameters,
  CPython's ``ste_varnames``), ``symbols`` (name -> ``[flags, scope]``: the raw ``DEF_*`` bits
  without the scope, and the resolved scope 1-5; every ``Symbol.is_*`` predicate derives from
  these two) and ``children``. In 3.12 list/set/dict comprehensions are inlined: their names
  appear in the enclosing table and their child tables take their place, as recorded here;
* ``error``: the ``SyntaxError`` ``symtable.symtable`` raises instead (``msg``, ``lineno``,
  ``offset``, ``end_lineno``, ``end_offset``);
* ``compile_error``: the ``SyntaxError`` ``compile()`` raises, when it raises one (it includes
  the code generator's own errors such as ``'return' outside function``);
* ``code``: when ``compile()`` succeeds, the tree of code objects (``co_consts`` order) with
  ``name``, ``firstlineno``, ``varnames``, ``cellvars`` and ``freevars``.

``cargo test -p pyvm-compiler --test symtable`` reads only the JSON, never CPython.
"""

import json
import os
import symtable
import sys
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "symtable")
OUTPUT = os.path.join(CORPUS, "expected.json")
SCOPE_OFF = 12


def error_dict(err):
    return {
        "msg": err.msg,
        "lineno": err.lineno,
        "offset": err.offset,
        "end_lineno": err.end_lineno,
        "end_offset": err.end_offset,
    }


def table_dict(t):
    raw = t._table
    symbols = {}
    for name, flags in raw.symbols.items():
        symbols[name] = [flags & ((1 << SCOPE_OFF) - 1), (flags >> SCOPE_OFF) & 0xF]
    return {
        "type": t.get_type(),
        "name": t.get_name(),
        "lineno": t.get_lineno(),
        "nested": bool(t.is_nested()),
        "varnames": list(raw.varnames),
        "symbols": dict(sorted(symbols.items())),
        "children": [table_dict(c) for c in t.get_children()],
    }


def code_dict(co):
    return {
        "name": co.co_name,
        "firstlineno": co.co_firstlineno,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "children": [code_dict(c) for c in co.co_consts if isinstance(c, types.CodeType)],
    }


def record(name, source):
    out = {"file": name}
    try:
        out["table"] = table_dict(symtable.symtable(source, name, "exec"))
    except SyntaxError as err:
        out["error"] = error_dict(err)
    try:
        out["code"] = code_dict(compile(source, name, "exec", dont_inherit=True))
    except SyntaxError as err:
        out["compile_error"] = error_dict(err)
    return out


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    cases = []
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            source = f.read()
        cases.append(record(name, source))
    with open(OUTPUT, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(cases)} programs recorded into {os.path.relpath(OUTPUT, ROOT)}")


if __name__ == "__main__":
    main()
