s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(keepends=True), "x\r".splitlines(True), "x\r\n\r".splitlines())
print("a\n".split("\n"), "a\n".splitlines())
