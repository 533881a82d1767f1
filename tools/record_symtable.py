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
  ``name``, ``firstlineno``, ``varnames``, ``cellvars``, ``freevars`` and ``flags`` (the
  ``co_flags`` bits the symbol table decides).

``cargo test -p pyvm-compiler --test symtable`` reads only the JSON, never CPython.

With ``--stdlib`` it instead writes ``tests/symtable/stdlib.txt``: for every UTF-8 ``.py`` file of
CPython's standard library, a 64-bit FNV-1a digest of the canonical dump below (or the
``SyntaxError`` the symbol table raises). ``--dump FILE`` prints that dump for one file. ``--fuzz DIR COUNT SEED [--code]`` writes COUNT random
programs (mixing scopes, declarations, comprehensions, walrus, PEP 695 forms) into DIR with
their digests in ``DIR/digests.txt`` (tables only, or with code objects compiled in a child
process since CPython 3.12.1 crashes on some of them); point the ignored test at them with
``PYVM_STDLIB=DIR PYVM_SYMTABLE_DIGESTS=DIR/digests.txt``. The
ignored test ``symtable_stdlib`` compares our tables with the digests when the standard library
is installed.

Canonical dump, one line per item, tables in depth-first order::

    scope <type> <name> <lineno> <nested 0|1>
     params <name>,<name>,...
     sym <name> <flags> <scope>            (sorted by name)
     code <co_name> <params> <co_cellvars> <co_freevars> <co_flags & 0x2bf, hex>
     children <count>
"""

import json
import os
import symtable
import sys
import types
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "symtable")
OUTPUT = os.path.join(CORPUS, "expected.json")
SCOPE_OFF = 12
# co_flags bits that come from the symbol table: OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS,
# NESTED, GENERATOR, COROUTINE, ASYNC_GENERATOR.
CO_FLAGS_MASK = 0x2BF


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
        "flags": co.co_flags & CO_FLAGS_MASK,
        "children": [code_dict(c) for c in co.co_consts if isinstance(c, types.CodeType)],
    }


def mode_of(name):
    """`x.eval.py` and `x.single.py` are compiled in those modes, everything else as `exec`."""
    for mode in ("eval", "single"):
        if name.endswith(f".{mode}.py"):
            return mode
    return "exec"


def record(name, source):
    out = {"file": name}
    mode = mode_of(name)
    try:
        out["table"] = table_dict(symtable.symtable(source, name, mode))
    except SyntaxError as err:
        out["error"] = error_dict(err)
    try:
        out["code"] = code_dict(compile(source, name, mode, dont_inherit=True))
    except SyntaxError as err:
        out["compile_error"] = error_dict(err)
    return out


def code_name(t):
    kind = t.get_type()
    name = t.get_name()
    if kind == "module":
        return "<module>"
    if kind == "type parameter":
        return f"<generic parameters of {name}>"
    if kind == "function" and name in ("lambda", "genexpr", "listcomp", "setcomp", "dictcomp"):
        return f"<{name}>"
    return name


def dump(t, co, out, missing):
    raw = t._table
    out.append(f"scope {t.get_type()} {t.get_name()} {t.get_lineno()} {int(bool(t.is_nested()))}")
    out.append(" params " + ",".join(raw.varnames))
    for name in sorted(raw.symbols):
        flags = raw.symbols[name]
        out.append(f" sym {name} {flags & ((1 << SCOPE_OFF) - 1)} {(flags >> SCOPE_OFF) & 0xF}")
    if co is None:
        missing.append(t)
    else:
        params = ",".join(co.co_varnames[: len(raw.varnames)])
        out.append(
            f" code {co.co_name} {params} {','.join(co.co_cellvars)} {','.join(co.co_freevars)}"
            f" {co.co_flags & CO_FLAGS_MASK:x}"
        )
    children = t.get_children()
    out.append(f" children {len(children)}")
    consts = [] if co is None else [c for c in co.co_consts if isinstance(c, types.CodeType)]
    used = [False] * len(consts)
    for c in children:
        match = None
        # A function may be called `genexpr`: try CPython's name for the scope kind, then the
        # plain name. Among same-named code objects (co_consts order is not always the
        # tables' order), prefer the one whose parameters and free variables are the table's.
        for wanted in (code_name(c), c.get_name()):
            candidates = [i for i, k in enumerate(consts) if not used[i] and k.co_name == wanted]
            fitting = [i for i in candidates if fits(c, consts[i])]
            if candidates:
                i = (fitting or candidates)[0]
                used[i] = True
                match = consts[i]
                break
        dump(c, match, out, missing)


def fits(t, co):
    """Whether code object `co` has the parameters, cells and free variables table `t` implies."""
    raw = t._table
    frees = sorted(
        name
        for name, flags in raw.symbols.items()
        if (flags >> SCOPE_OFF) & 0xF == 4 or flags & 0x40  # FREE or DEF_FREE_CLASS
    )
    cells = {
        name
        for name, flags in raw.symbols.items()
        if (flags >> SCOPE_OFF) & 0xF == 5 or flags & 0x800  # CELL or DEF_COMP_CELL
    }
    implicit = {"__class__", "__classdict__"}
    return (
        list(co.co_freevars) == frees
        and set(co.co_cellvars) - implicit == cells - implicit
        and list(co.co_varnames[: len(raw.varnames)]) == list(raw.varnames)
        and bool(co.co_flags & 0x10) == bool(t.is_nested())  # CO_NESTED
    )


def fnv1a(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def canonical(name, source, with_code=True):
    try:
        t = symtable.symtable(source, name, "exec")
    except SyntaxError as err:
        return f"error {err.msg} {err.lineno} {err.offset}\n"
    co = None
    if with_code:
        try:
            co = compile(source, name, "exec", dont_inherit=True)
        except (SyntaxError, SystemError):  # 3.12.1's compiler has SystemError bugs
            pass
    out = []
    missing = []
    dump(t, co, out, missing)
    if missing:
        # Some scope has no code object (dead code the compiler dropped, or a compile error):
        # compare the tables alone.
        out = [line for line in out if not line.startswith(" code ")]
        return "nocode\n" + "\n".join(out) + "\n"
    return "\n".join(out) + "\n"


def stdlib():
    import sysconfig

    lib = sysconfig.get_paths()["stdlib"]
    lines = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, lib)
            try:
                with open(path, encoding="utf-8") as f:
                    source = f.read()
                compile(source, rel, "exec", flags=0x400, dont_inherit=True)  # PyCF_ONLY_AST
            except (UnicodeDecodeError, SyntaxError, ValueError):
                continue  # not UTF-8, or not even parsable: nothing to compare
            try:
                symtable.symtable(source, rel, "exec")
                compile(source, rel, "exec", dont_inherit=True)
            except SyntaxError:
                # Keep symbol-table errors; skip files only the code generator rejects.
                if canonical(rel, source).startswith("error "):
                    lines.append(f"{rel} {fnv1a(canonical(rel, source)):016x}")
                continue
            text = canonical(rel, source)
            flag = " nocode" if text.startswith("nocode\n") else ""
            lines.append(f"{rel} {fnv1a(text):016x}{flag}")
    out = os.path.join(CORPUS, "stdlib.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} files recorded into {os.path.relpath(out, ROOT)}")


NAMES = ["a", "b", "x", "__p", "T", "super", "__class__", "i"]


class Gen:
    """Random programs built from the constructs the symbol table cares about."""

    def __init__(self, rng):
        self.rng = rng

    def name(self):
        return self.rng.choice(NAMES)

    def expr(self, depth=0):
        r = self.rng.random()
        if depth > 2 or r < 0.3:
            return self.rng.choice([self.name(), self.name(), "1", "self"])
        choice = self.rng.randrange(9)
        n, e = self.name(), lambda: self.expr(depth + 1)
        if choice == 0:
            return f"[{e()} for {n} in {e()}]"
        if choice == 1:
            return f"({e()} for {n} in {e()} if {e()})"
        if choice == 2:
            return f"{{{n}: {e()} for {n} in {e()}}}"
        if choice == 3:
            return f"({n} := {e()})"
        if choice == 4:
            return f"(lambda {n}, *{self.name()}: {e()})"
        if choice == 5:
            return f"{e()}({e()}, k={e()})"
        if choice == 6:
            return f"{{{e()} for {n} in {e()} for {self.name()} in {e()}}}"
        if choice == 7:
            return self.rng.choice(
                [f"{e()}.attr[{e()}]", f"[{e()} async for {n} in {e()}]", f"(await {e()})",
                 f"(yield {e()})", f"f'{{{e()}!r}}'"]
            )
        return f"({e()}, {e()})"

    def block(self, indent, depth, in_func):
        lines = []
        for _ in range(self.rng.randint(1, 3)):
            lines.extend(self.stmt(indent, depth, in_func))
        return lines

    def stmt(self, indent, depth, in_func):
        pad = "    " * indent
        r = self.rng.randrange(16 if depth < 3 else 9)
        n = self.name()
        if r == 0:
            return [f"{pad}{n} = {self.expr()}"]
        if r == 1:
            return [f"{pad}{self.expr()}"]
        if r == 2:
            return [f"{pad}global {n}"]
        if r == 3:
            return [f"{pad}nonlocal {n}"]
        if r == 4:
            return [f"{pad}{n} += {self.expr()}"]
        if r == 5:
            return [f"{pad}del {n}"]
        if r == 6:
            return [f"{pad}import {n}" if n.isidentifier() else f"{pad}pass"]
        if r == 7:
            return [f"{pad}{n}: {self.name()} = {self.expr()}"]
        if r == 8:
            kw = self.rng.choice(["yield", "return", "await"])
            return [f"{pad}{kw} {self.expr()}"]
        if r in (9, 10, 11):
            tp = self.rng.choice(["", "", "[T]", f"[T: {self.name()}]"])
            deco = [f"{pad}@{self.name()}"] if self.rng.random() < 0.3 else []
            asy = "async " if self.rng.random() < 0.2 else ""
            params = self.rng.choice(["", "self", f"{self.name()}", f"{self.name()}={self.expr()}",
                                      f"{self.name()}: {self.name()}, *, {self.name()}=1",
                                      f"{self.name()}, /, *{self.name()}, **{self.name()}"])
            ret = f" -> {self.name()}" if self.rng.random() < 0.3 else ""
            head = f"{pad}{asy}def f{self.rng.randrange(3)}{tp}({params}){ret}:"
            return deco + [head] + self.block(indent + 1, depth + 1, True)
        if r == 12:
            tp = self.rng.choice(["", "", "[T]", f"[T: {self.name()}]"])
            return [f"{pad}class C{self.rng.randrange(3)}{tp}({self.name()}):"] + self.block(
                indent + 1, depth + 1, False
            )
        if r == 13:
            return [f"{pad}for {n} in {self.expr()}:"] + self.block(indent + 1, depth + 1, in_func)
        if r == 14:
            if self.rng.random() < 0.5:
                tp = self.rng.choice(["", "[T]"])
                return [f"{pad}type A{tp} = {self.expr()}"]
            return (
                [f"{pad}match {self.expr()}:", f"{pad}    case [{n}, *{self.name()}] | {{'k': {n}}}:"]
                + self.block(indent + 2, depth + 1, in_func)
                + [f"{pad}    case C({self.name()}, k={n}) as {self.name()} if {self.expr()}:"]
                + self.block(indent + 2, depth + 1, in_func)
            )
        return (
            [f"{pad}try:"]
            + self.block(indent + 1, depth + 1, in_func)
            + [f"{pad}except E as {n}:"]
            + self.block(indent + 1, depth + 1, in_func)
        )

    def program(self):
        head = "from __future__ import annotations\n" if self.rng.random() < 0.1 else ""
        return head + "\n".join(self.block(0, 0, False)) + "\n"


def fuzz(directory, count, seed, with_code=False):
    import random

    rng = random.Random(seed)
    gen = Gen(rng)
    os.makedirs(directory, exist_ok=True)
    lines = []
    for k in range(count):
        source = gen.program()
        try:
            compile(source, "f", "exec", flags=0x400, dont_inherit=True)
        except SyntaxError:
            continue  # not even parsable
        name = f"fuzz_{seed}_{k}.py"
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write(source)
        text = canonical(name, source, with_code=False)
        if with_code and not text.startswith("error "):
            # CPython 3.12.1's code generator crashes on some of these programs: compile in a
            # child process and keep the tables alone when it dies.
            import subprocess

            child = subprocess.run(
                [sys.executable, __file__, "--dump", os.path.join(directory, name)],
                capture_output=True,
                text=True,
                check=False,
            )
            if child.returncode == 0:
                text = child.stdout
        flag = " nocode" if text.startswith("nocode\n") else ""
        lines.append(f"{name} {fnv1a(text):016x}{flag}")
    with open(os.path.join(directory, "digests.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} programs written into {directory}")


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    warnings.simplefilter("ignore")  # SyntaxWarnings of the corpus are not our business
    if sys.argv[1:2] == ["--stdlib"]:
        return stdlib()
    if sys.argv[1:2] == ["--fuzz"]:
        return fuzz(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), "--code" in sys.argv[5:])
    if sys.argv[1:2] == ["--dump"]:
        with open(sys.argv[2], encoding="utf-8") as f:
            sys.stdout.write(canonical(sys.argv[2], f.read()))
        return None
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
