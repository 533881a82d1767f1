import re
print(re.Pattern[str], re.Match[bytes])
for f in [lambda: re.sub("a", lambda m: 1, "a"), lambda: re.sub("a", 1, "a"), lambda: re.sub("a", b"x", "a"),
          lambda: re.sub(b"a", "x", b"a"), lambda: re.match("a", "a").group(1.5), lambda: re.match("(a)", "a").start(2),
          lambda: re.split("a", "bab", "x"), lambda: re.findall(1, "a"), lambda: re.compile("a").match("a", "x"),
          lambda: re.match("a", None), lambda: re.escape(1), lambda: re.compile("a").search(b"a"),
          lambda: re.match("(?P<n>a)", "a").group("m"), lambda: re.compile("a", "b"), lambda: re.Match(), lambda: re.Pattern()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m = re.match("(a)(b)?", "a")
print(m.expand(r"\1-\2"), m.span(2), m.start(2), m[0:1] if False else m[1])
print(re.match("a", "ba", ) , re.compile("a").match("ba", 1), re.compile("a").match("ba", -5), re.compile("a").search("ba", 10))
print(re.compile("a").search("aaa", 2, 1), re.compile("$").search("ab", 0, 1).span(), re.compile("a").findall("aaaa", 1, -1))
print(re.sub("a", "\\\\", "a"), re.sub("a", "\\n", "a") == "\n", re.sub("(a)", "\\1\\\\1", "a"))
print(re.subn("", "-", ""), re.split("", ""), re.findall("", ""), re.split("x", ""))
