class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only str"

class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"

for obj in (OnlyRepr(), Both()):
    print(str(obj), repr(obj), f"{obj}", f"{obj!r}", [obj])
s = OnlyStr()
print(str(s), repr(s).startswith("<__main__.OnlyStr object"))
print("%s %r" % (Both(), Both()))
print("{} {!r} {!s}".format(Both(), Both(), OnlyRepr()))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
