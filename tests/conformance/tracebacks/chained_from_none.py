def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("expected digits") from None

convert("x")
