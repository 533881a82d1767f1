import re
print(re.compile(r"(?P<a>x)").groupindex)
print(re.compile(r"a", re.DEBUG) if False else 0)
print(re.match(r"(?<a>x)", "x") if False else 0)
for p in [r"(?P<a>.)(?P=a)", r"(?P<a-b>x)", r"(?P<>x)", r"(?P=)", r"(?P=1)", r"(?(a)x)", r"(?(1a)x)", r"(?P<é>x)", r"\N", r"\N{", r"\N{SPACE}", r"[\N{SPACE}]", r"(?(", r"(?P", r"a{1,2", r"a{,}", r"a{1,2}{3}", r"(?i)(?s)", r"(?x)(?i)", r"x(?x)", r"(?u)", r"(?a:x)", r"(?-a:x)", r"(?im-sx:x)", r"(?i-:x)", r"(?--:x)", r"(?i-i)"]:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups, c.flags)
    except re.error as e:
        print(repr(p), e)
for p in [rb"(?u)", rb"(?L)x", rb"(?a)x", rb"\N{SPACE}", rb"\u0041", rb"(?P<\xe9>x)"]:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups, c.flags)
    except re.error as e:
        print(repr(p), e)
