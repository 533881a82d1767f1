for s in ("日本", "é", "🙂", "e\u0301"):
    print("[" + s.ljust(5, ".") + "]", "[" + s.rjust(5) + "]", "[" + s.center(6, "~") + "]", len(s))
