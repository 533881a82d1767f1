for spec in ("", "+", "-", " ", "+5", " 5", "-5", "+05", " 08.2f", "+.1e", "=+8", "=+8.2f"):
    print(spec.ljust(7), "[" + format(42, spec if "f" not in spec and "e" not in spec else spec) + "]", "[" + format(-42.5, spec) + "]")
