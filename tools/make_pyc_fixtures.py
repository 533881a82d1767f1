#!/usr/bin/env python3
"""Compile pyvm-marshal's fixture programs with every CPython 3.6-3.13 on this machine.

    python3 tools/make_pyc_fixtures.py

For each interpreter ~/.pyenv/versions/3.N.*/bin/python and each program in
marshal/tests/fixtures/src/*.py that the version can compile, writes
  marshal/tests/fixtures/pyc/NAME.cpython-3N.pyc    (checked-hash pyc; 3.6: timestamp 0)
  marshal/tests/fixtures/expected/NAME.cpython-3N.json
The JSON is what that interpreter itself reports about every code object (pre-order: a code
object, then the code objects among its constants): names, constants (in the canonical form
of pyvm_marshal::canonical), flags, counts, first line, the line table as
dis.findlinestarts() (<= 3.9) or co_lines() (3.10+), co_positions() and the exception table
(3.11+), and the raw bytecode.

The same file runs as the child under each interpreter (`--child`), so it must stay valid
Python 3.6.
"""
import glob
import json
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "marshal", "tests", "fixtures")


def canon(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if v is StopIteration:
        return "StopIteration"
    if v is True:
        return "True"
    if v is False:
        return "False"
    t = type(v)
    if t is int:
        return str(v)
    if t is float:
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if t is complex:
        bits = lambda f: "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]
        return "c%s:%s" % (bits(v.real), bits(v.imag))
    if t is bytes:
        return "b" + v.hex()
    if t is str:
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if t is tuple:
        return "(" + ",".join(canon(x) for x in v) + ")"
    if t is list:
        return "[" + ",".join(canon(x) for x in v) + "]"
    if t is dict:
        return "{" + ",".join(canon(k) + ":" + canon(x) for k, x in v.items()) + "}"
    if t is set:
        return "<" + ",".join(sorted(canon(x) for x in v)) + ">"
    if t is frozenset:
        return "f<" + ",".join(sorted(canon(x) for x in v)) + ">"
    if hasattr(v, "co_code"):
        return "code:" + getattr(v, "co_qualname", v.co_name)
    raise TypeError(t)


def describe(co):
    import dis

    d = {
        "name": co.co_name,
        "qualname": getattr(co, "co_qualname", co.co_name),
        "filename": co.co_filename,
        "firstlineno": co.co_firstlineno,
        "flags": co.co_flags,
        "argcount": co.co_argcount,
        "posonlyargcount": getattr(co, "co_posonlyargcount", 0),
        "kwonlyargcount": co.co_kwonlyargcount,
        "nlocals": co.co_nlocals,
        "stacksize": co.co_stacksize,
        "names": list(co.co_names),
        "varnames": list(co.co_varnames),
        "freevars": list(co.co_freevars),
        "cellvars": list(co.co_cellvars),
        "consts": [canon(c) for c in co.co_consts],
        "code": co.co_code.hex(),
    }
    if sys.version_info < (3, 10):
        d["line_starts"] = [list(p) for p in dis.findlinestarts(co)]
    else:
        d["lines"] = [list(r) for r in co.co_lines()]
    if sys.version_info >= (3, 11):
        d["positions"] = [list(p) for p in co.co_positions()]
        d["exceptiontable"] = [
            [e.start, e.end, e.target, e.depth, bool(e.lasti)]
            for e in dis._parse_exception_table(co)
        ]
    return d


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            for sub in walk(c):
                yield sub


def child(outdir):
    import importlib.util
    import marshal

    tag = "cpython-%d%d" % sys.version_info[:2]
    magic = importlib.util.MAGIC_NUMBER
    for src in sorted(glob.glob(os.path.join(FIXTURES, "src", "*.py"))):
        name = os.path.basename(src)
        with open(src, "rb") as f:
            source = f.read()
        try:
            code = compile(source, name, "exec", dont_inherit=True)
        except SyntaxError:
            continue
        body = marshal.dumps(code)
        if sys.version_info >= (3, 7):
            source_hash = importlib.util.source_hash(source)
            header = magic + struct.pack("<I", 3) + source_hash
        else:
            source_hash = b""
            header = magic + struct.pack("<II", 0, len(source))
        stem = name[:-3] + "." + tag
        with open(os.path.join(outdir, "pyc", stem + ".pyc"), "wb") as f:
            f.write(header + body)
        expected = {
            "version": "%d.%d" % sys.version_info[:2],
            "magic": struct.unpack("<H", magic[:2])[0],
            "source": name,
            "source_hash": source_hash.hex(),
            "codes": [describe(c) for c in walk(code)],
        }
        with open(os.path.join(outdir, "expected", stem + ".json"), "w") as f:
            json.dump(expected, f, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        print("  %s" % stem)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
        return
    for sub in ("pyc", "expected"):
        os.makedirs(os.path.join(FIXTURES, sub), exist_ok=True)
        for old in glob.glob(os.path.join(FIXTURES, sub, "*")):
            os.remove(old)
    pythons = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3")))
    for py in pythons:
        print(py)
        subprocess.check_call([py, os.path.abspath(__file__), "--child", FIXTURES])


if __name__ == "__main__":
    main()
