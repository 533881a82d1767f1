e = ""
print(e.upper(), e.split(), e.split(","), e.rsplit(","), e.splitlines(), e.partition("x"), e.strip(), e.center(3), e.zfill(2), e.title(), e.isalpha(), e.isdigit(), e.isspace(), e.islower(), e.isupper(), e.istitle(), e.isidentifier(), e.isprintable(), e.isascii(), e.find(""), e.count(""), e.replace("", "x"), e.join(["a", "b"]), e.expandtabs(), e.swapcase(), e.casefold())
