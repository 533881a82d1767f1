import re

pats = [
    "(", ")", "a)", "(?", "(?P", "(?P<", "(?P<a", "(?P<1>a)", "(?P<a>x)(?P<a>y)", "(?P=b)",
    "*", "a**", "+a", "a{2}{3}", "a??+", "^*", "[", "[a", "[a-", "[z-a]", r"[\w-z]",
    r"\q", "\\", r"\1", r"(a)\2", r"(a\1)", "(?<=a+)b", "(?<!a|bc)", "(?<=(a))", r"(?<=(a)\1)",
    "(?z)", "(?i", "(?-)", "(?i-i:a)", "(?a-a:b)", "(?L)", "(?aL)", "a(?i)b", "(?#abc",
    "(?(a)b)", "(?(0)a)", "(?(2)a)(b)", "(?(1)a|b|c)", "(?<x>a)", "(?'x'a)", "a{3,2}",
    r"\x1", r"\u12", r"\U0011ffff", r"\777", r"[\777]", r"\N{NOPE}", "(?P<a>a)(?(b)a)",
    "(a)(?<=\\1)", "x{99999999999}", "a\n(", "[a-\\d]",
]
for p in pats:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for args in [("a", re.L), (b"a", re.U), ("a", re.A | re.U)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print(e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print(e)
try:
    re.match("a", 1)
except TypeError as e:
    print(e)
try:
    re.compile(1)
except TypeError as e:
    print(e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print(e)
e = re.error("boom", "ab\ncd", 4)
print(e, e.lineno, e.colno, re.error("x"))
