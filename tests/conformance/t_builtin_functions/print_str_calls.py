class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {S()} if False else "", str(S()), repr(S()))
class BadStr:
    def __str__(self):
        return 42
try:
    print(BadStr())
except TypeError as e:
    print(e)
print(1.0, 1e16, -0.0, 1 + 0j, None, True, b"b", bytearray(b"c"), ...)
