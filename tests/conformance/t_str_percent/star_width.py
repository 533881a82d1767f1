print("[%*d]" % (6, 42), "[%-*d]" % (6, 42), "[%.*f]" % (2, 3.14159), "[%*.*f]" % (10, 3, 2.71828), "[%*s]" % (-5, "ab"))
try:
    "%*d" % ("a", 1)
except TypeError as e:
    print(e)
try:
    "%.*f" % (1.5, 1.0)
except TypeError as e:
    print(e)
