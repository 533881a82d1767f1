s = "a\u00a0b\u2003c\u3000d\x1ce\x1df\x1eg\x1fh\x85i\u200bj"
print(s.split(), len(s.split()), s.rsplit(None, 2), s.strip("aj"), "\u200b".isspace(), "\u00a0".isspace())
