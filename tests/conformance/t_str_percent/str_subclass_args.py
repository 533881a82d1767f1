class S(str):
    pass
print("%s|%r" % (S("x"), S("y")), type("%s" % S("z")).__name__)
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
print("%s %r %a" % (R(), R(), R()))
print("%s" % (None,), "%r" % None, "%s" % (b"bytes",), "%a" % "\u20ac")
