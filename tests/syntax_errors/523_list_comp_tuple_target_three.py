[a, b, c for a in d]
