import re

print(re.findall(r"[[a]", "[a"))
print(re.findall(r"[%--]", "a-%"))
print(re.findall(r"[a&&b]", "a&b"))
print(re.findall(r"[a||b]", "a|b"), re.findall(r"[a~~b]", "~"))
p = re.compile(r"[,--]")
print(p.findall("-b"))
print(re.findall(r"[\[a]", "[a"), re.findall(r"[a\-\-]", "-"))
try:
    re.compile(r"[[a--]")
except re.error as e:
    print(e)
