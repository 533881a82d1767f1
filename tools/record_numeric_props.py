#!/usr/bin/env python3.12
"""Record CPython 3.12's answers for random numeric expressions (issue 4, acceptance 2).

Generates thousands of expressions with a fixed seed -- int and float arithmetic
(+ - * / // % ** divmod, shifts, bit operations on negatives, values far beyond 64 bits),
repr(float) of computed values, format()/str.format specs, int(str, base) -- evaluates each
under CPython 3.12 and writes one line per case to vm/tests/data/numeric_props.txt:

    <expression> TAB <repr of the result, or !ExceptionName: message>

vm/tests/numeric_props.rs evaluates the same expressions in pyvm and compares every line.
Run with CPython 3.12 from the repository root: python3.12 tools/record_numeric_props.py
Recording twice writes the same file.
"""

import math
import os
import random
import struct
import sys

SEED = 20261124
OUT = os.path.join(os.path.dirname(__file__), "..", "vm", "tests", "data", "numeric_props.txt")

rng = random.Random(SEED)


def rand_int():
    kind = rng.random()
    if kind < 0.35:
        v = rng.randint(-20, 20)
    elif kind < 0.6:
        v = rng.randint(-10**6, 10**6)
    elif kind < 0.75:
        # near the i64 boundary, where small ints must promote to big ones
        v = rng.choice([2**63, 2**62, 2**32, 2**31]) + rng.randint(-3, 3)
        v = -v if rng.random() < 0.5 else v
    else:
        v = rng.getrandbits(rng.randint(64, 220))
        v = -v if rng.random() < 0.5 else v
    return v


def rand_float():
    kind = rng.random()
    if kind < 0.05:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5])
    if kind < 0.4:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if kind < 0.7:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    # any finite bit pattern: subnormals, huge exponents, long shortest reprs
    while True:
        (f,) = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))
        if math.isfinite(f):
            return f


def lit(v):
    """Python source for a value (as pyvm's compiler would also read it)."""
    if isinstance(v, float):
        if math.isnan(v):
            return "float('nan')"
        if math.isinf(v):
            return "float('inf')" if v > 0 else "float('-inf')"
        r = repr(v)
        return f"({r})" if r.startswith("-") else r
    return f"({v})" if v < 0 else str(v)


def outcome(expr):
    try:
        value = eval(expr, {})
    except Exception as e:  # noqa: BLE001 -- every exception is part of the recorded answer
        return f"!{type(e).__name__}: {e}"
    return repr(value)


def int_cases(n):
    ops = ["+", "-", "*", "//", "%", "&", "|", "^"]
    for _ in range(n):
        a, b = rand_int(), rand_int()
        r = rng.random()
        if r < 0.6:
            yield f"{lit(a)} {rng.choice(ops)} {lit(b)}"
        elif r < 0.7:
            yield f"divmod({lit(a)}, {lit(b)})"
        elif r < 0.8:
            yield f"{lit(a)} {rng.choice(['<<', '>>'])} {rng.randint(-2, 130)}"
        elif r < 0.9:
            base = rng.choice([a, rng.randint(-12, 12)])
            exp = rng.randint(-3, 40) if abs(base) > 2**64 else rng.randint(-5, 70)
            if abs(base) > 2**64:
                exp = rng.randint(-2, 4)
            yield f"{lit(base)} ** {exp}"
        else:
            mod = rng.choice([rng.randint(-50, 50), rand_int()])
            yield f"pow({lit(a)}, {rng.randint(-2, 90)}, {lit(mod)})"


def float_cases(n):
    ops = ["+", "-", "*", "/", "//", "%", "**"]
    for _ in range(n):
        a = rand_float()
        b = rand_float() if rng.random() < 0.75 else rand_int()
        if rng.random() < 0.5:
            a, b = b, a
        r = rng.random()
        if r < 0.75:
            op = rng.choice(ops)
            if op == "**" and rng.random() < 0.7:
                b = rng.choice([2, 3, 0.5, -1, -2.5, 10, 0.0, 1.5])
            yield f"{lit(a)} {op} {lit(b)}"
        elif r < 0.85:
            yield f"divmod({lit(a)}, {lit(b)})"
        else:
            yield f"{lit(a)} {rng.choice(['<', '<=', '==', '!=', '>', '>='])} {lit(b)}"


def repr_cases(n):
    for _ in range(n):
        a = rand_float()
        r = rng.random()
        if r < 0.5:
            yield f"repr({lit(a)} * {lit(rand_float())})"
        elif r < 0.8:
            yield f"str({lit(a)})"
        else:
            yield f"float({lit(rand_int())})"


def rand_spec(for_float):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            parts.append(rng.choice("*x0 -#"))
        parts.append(rng.choice("<>^="))
    elif rng.random() < 0.2:
        parts.append(rng.choice("<>^="))
    if rng.random() < 0.4:
        parts.append(rng.choice("+- "))
    if for_float and rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.6:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.25:
        parts.append(rng.choice(",_"))
    if rng.random() < 0.5:
        parts.append("." + str(rng.randint(0, 20)))
    if rng.random() < 0.85:
        letters = "eEfFgGn%" if for_float else "bcdoxXneEfFgG%"
        if rng.random() < 0.05:
            letters += "s"
        parts.append(rng.choice(letters))
    return "".join(parts)


def format_cases(n):
    for _ in range(n):
        if rng.random() < 0.5:
            v = rand_float()
            spec = rand_spec(True)
        else:
            v = rand_int() if rng.random() < 0.8 else rng.randint(0, 0x10FFFF)
            spec = rand_spec(False)
        if rng.random() < 0.7:
            yield f"format({lit(v)}, {spec!r})"
        else:
            yield f"{('{:' + spec + '}')!r}.format({lit(v)})"


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def int_str_cases(n):
    for _ in range(n):
        base = rng.choice([0, 2, 8, 10, 16, 36] + list(range(2, 37)))
        b = base or rng.choice([2, 8, 10, 16])
        ndig = rng.choice([1, 2, 5, 12, 25, 60])
        digits = [rng.choice(DIGITS[:b]) for _ in range(ndig)]
        if base == 0 and b == 10 and len(digits) > 1 and rng.random() < 0.8:
            digits[0] = rng.choice("123456789")
        s = "".join(digits)
        if rng.random() < 0.2 and len(s) > 2:
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + "_" + s[i:]
        if rng.random() < 0.3:
            s = s.upper()
        prefix = {2: "0b", 8: "0o", 16: "0x"}.get(b, "")
        if prefix and (base == 0 or rng.random() < 0.3):
            s = (prefix.upper() if rng.random() < 0.3 else prefix) + s
        if rng.random() < 0.3:
            s = rng.choice("+-") + s
        if rng.random() < 0.1:
            s = " " + s + "\t\n"
        if rng.random() < 0.08:
            # something invalid
            s = rng.choice(["", "_", s + "_", "__" + s, s + "z!", "0x", "- 1", s.replace("_", "__") + "_"])
        args = f"{s!r}" if base == 10 and rng.random() < 0.3 else f"{s!r}, {base}"
        yield f"int({args})"


def division_cases(n):
    """True division and mixed int/float comparisons, which must be exact for big ints."""
    for _ in range(n):
        a, b = rand_int(), rand_int()
        r = rng.random()
        if r < 0.5:
            yield f"{lit(a)} / {lit(b)}"
        elif r < 0.8:
            yield f"{lit(a)} {rng.choice(['<', '<=', '==', '>'])} {lit(float(a) if rng.random() < 0.5 else rand_float())}"
        else:
            yield f"float({lit(a)}) == {lit(a)}"


def round_cases(n):
    for _ in range(n):
        x = rand_float()
        nd = rng.choice([None, 0, 1, 2, 3, 5, 10, 17, -1, -2, -5, -20, -300])
        yield f"round({lit(x)})" if nd is None else f"round({lit(x)}, {nd})"


def hex_cases(n):
    for _ in range(n):
        x = rand_float()
        if rng.random() < 0.5:
            yield f"({lit(x)}).hex()"
        else:
            yield f"float.fromhex({x.hex()!r})" if x == x and abs(x) != float("inf") else f"({lit(x)}).hex()"


def complex_cases(n):
    ops = ["+", "-", "*", "/", "**"]
    for _ in range(n):
        a = complex(round(rng.uniform(-10, 10), 2), round(rng.uniform(-10, 10), 2))
        b = complex(round(rng.uniform(-10, 10), 2), round(rng.uniform(-10, 10), 2))
        op = rng.choice(ops)
        if op == "**":
            b = rng.choice([2, 3, 0.5, -1, complex(0, 1), 0])
        yield f"complex({a.real!r}, {a.imag!r}) {op} {b!r}"


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("record_numeric_props.py needs CPython 3.12")
    cases = []
    for gen, n in [
        (int_cases, 2500),
        (float_cases, 2000),
        (repr_cases, 1200),
        (format_cases, 2500),
        (int_str_cases, 1500),
        (division_cases, 1500),
        (round_cases, 1000),
        (hex_cases, 800),
        (complex_cases, 800),
    ]:
        cases.extend(gen(n))
    lines = []
    for expr in cases:
        assert "\t" not in expr and "\n" not in expr, expr
        out = outcome(expr)
        assert "\n" not in out, (expr, out)
        lines.append(f"{expr}\t{out}\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"wrote {len(lines)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
