data = {"w": 8, "a": "^", "f": "#"}
print("{0:{f}{a}{w}}".format("mid", **data), "{:{}{}}".format("x", ">", 4), "{:{}}".format(3.14159, ".3"))
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(e)
print("{0!r:^10}".format("q"), "{0[0]:>3}".format(["z"]), "{a[b]}".format(a={"b": 7}))
