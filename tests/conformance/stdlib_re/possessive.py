import re

for pat, s in [
    (r"(?:a.*){2}+", "aXaY"), (r"(?>(?:a.*){2})", "aXaY"), (r"(?:a.*)++", "aXaY"),
    (r"(?:a.*?){2}+", "aXaY"), (r"(?:a|ab)*+c", "abc"), (r"(?:ab|a){2}+c", "aabc"),
    (r"(?:a|ab){1,2}+c", "aabc"), (r"a?+a", "a"), (r"a{1,3}+a", "aaaa"), (r"[ab]*+b", "aab"),
    (r"(a+)++b", "aab"), (r"x*+", ""), (r"(?>a*)*b", "aab"),
]:
    m = re.match(pat, s)
    print(pat, s, m and (m.span(), m.groups()))
print(re.findall(r"\d*+", "12a3"), re.sub(r"(?>\w+)", "W", "ab cd"))
print(re.match(r"[Éς]", "Σ", re.I), re.findall(r"(?i)[ς]", "Σσς"), re.findall(r"(?i)[a-zé]+", "ÉAé"))
