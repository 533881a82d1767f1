d = {"name": "Bob", "n": 3, "x": 1.5, "a b": "sp", "(p)": "paren"}
print("%(name)s has %(n)d items costing %(x).2f" % d)
print("%(name)r %(n)05d %(a b)s %(name)-6s|" % d)
print("%(n)s %%" % d, "%(x)s %(x)r" % d)
try:
    "%(missing)s" % d
except KeyError as e:
    print("KeyError", e)
try:
    "%(name)s %s" % d
except TypeError as e:
    print(e)
try:
    "%(name)s" % ("a",)
except TypeError as e:
    print(e)
print("%s" % d == str(d), "no fields" % {})
