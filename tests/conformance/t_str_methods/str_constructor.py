print(str(), str(5), str(1.5), str([1, "a"]), str(b"ab"), str(b"ab", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(object=3), str(encoding="utf-8", object=b"x"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    str(5, "utf-8")
except TypeError as e:
    print(e)
class S:
    def __str__(self):
        return 5
try:
    str(S())
except TypeError as e:
    print(e)
