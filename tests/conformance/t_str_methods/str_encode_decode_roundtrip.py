for s in ("plain", "café", "€uro", "日本語", "🙂", "\x00\x7f"):
    for enc in ("utf-8", "utf-16", "utf-32-le", "latin-1"):
        try:
            b = s.encode(enc)
            print(enc, b, b.decode(enc) == s)
        except UnicodeEncodeError as e:
            print(enc, "UnicodeEncodeError", e.start, e.end, e.reason)
