import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"a", "b", "banana", 2), re.sub(r"a", "b", "banana", count=1), re.subn(r"a", "b", "banana"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.subn("$", "!", "a\nb\n"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "ab cd"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"a", r"\n\t\\", "xax"), repr(re.sub(r"a", "\\x", "a") if False else re.sub("a", r"\.", "a")))
print(re.sub(b"a", b"\\0b", b"xa"), re.sub(b"(a)", rb"\1\1", b"xa"))
print(re.split(r",", "a,b,,c"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c", 1), re.split(r",", "a,b,c", maxsplit=-1))
print(re.split(r"\s*", "a b  c"), re.split(r"x*", "axbc"), re.split(r"(x)?,", "a,bx,c"))
print(re.split(r"^$", "a\n\nb", flags=re.M), re.split("", "abc"))
print(re.split(rb"\s+", b"a b  c"))
p = re.compile(r"o")
print(p.sub("0", "foo boo"), p.subn("0", "foo", 1), p.split("foo"))
print(re.sub("a", "\\g<0>\\g<0>", "aba"))
for bad in [r"\q", r"\g", r"\g<", r"\g<a", r"\g<1a>", r"\g<5>", r"\5", "\\"]:
    try:
        re.sub("(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("(?P<a>x)", r"\g<b>", "x")
except IndexError as e:
    print("IndexError", e)
