print("%s is %d years" % ("Ann", 30))
print("%5.2f|%-6s|%06d|%x|%X|%o|%e|%%" % (3.14159, "ab", 42, 255, 255, 8, 12345.678))
print("%(name)s=%(val)r" % {"name": "k", "val": "v"})
print("%c%c" % (72, "i"), "%r" % [1], "%s" % (1,))
print("%*d|%-*d|" % (5, 1, 4, 2))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
