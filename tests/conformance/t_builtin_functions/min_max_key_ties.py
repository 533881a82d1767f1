words = ["bb", "a", "cc", "d", "eee", "fff"]
print(max(words, key=len), min(words, key=len), max(*words, key=len), min(words, key=lambda w: (len(w), w)))
print(max([], key=len, default=None), min(["x"], key=len, default="y"), max(3, 3.0), max(3.0, 3), min(0, False), min(False, 0))
