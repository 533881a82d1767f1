import re

s = "ab" * 100000
print(re.match(r"(?:ab)*$", s).span())
print(re.match(r"(ab)*", s).span(1))
print(len(re.findall(r"b", s)), len(re.findall(r"\w+", "word " * 50000)))
print(re.search(r"x", s + "x").span(), re.search(r"a.*b", s).span())
print(re.match(r"(?:a|b)*?$", s).end())
print(len(re.sub(r"a", "", s)), len(re.split(r"b", s)))
t = "x" * 100000
print(re.fullmatch(r"(x+x+)+y", "x" * 12), re.match(r"(?>x+)+$", t).end())
print(re.search(r"(?<=x)y", t + "y").span())
