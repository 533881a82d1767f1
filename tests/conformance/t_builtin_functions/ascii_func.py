for v in ("abc", "é", "\u20ac", "\U0001F600", ["ü", 1], {"ß": "\n"}, b"\xff", 1.5, None, "\x7f\x80"):
    print(ascii(v))
class R:
    def __repr__(self):
        return "Rëpr"
print(ascii(R()), repr(R()))
