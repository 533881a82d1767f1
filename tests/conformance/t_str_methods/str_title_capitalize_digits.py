for s in ("1st place", "x1y2", "hello-world", "o'neil", "α-ω", "3d printer", "ǉubljana", "ﬃ test", "ΣΑΣ ΣΑΣ"):
    print(repr(s.title()), repr(s.capitalize()), s.title().istitle())
